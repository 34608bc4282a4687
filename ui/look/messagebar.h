#pragma once

#include <QColor>
#include <QLabel>

namespace Ovh {

// An inline message next to where something happened: the one look for every message bar of
// the window and its dialogs. It paints its own background and border from its kind and from
// whether the palette it inherits is light or dark, and follows a palette change (a style sheet
// would overwrite the inherited palette it reads). Plain text, selectable with the mouse, by
// default.
class MessageBar final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind : quint8 { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    struct Colors
    {
        QColor background;
        QColor text;
        QColor border;
    };
    // The colours of `kind` on a light or a dark `palette` (the one the bar sits on).
    static Colors colors(const QPalette& palette, Kind kind);

    explicit MessageBar(Kind kind = Kind::Info, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Sets the kind and the text; shows the bar, or hides it when `text` is empty.
    void showMessage(const QString& text, Kind kind);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind;
};

} // namespace Ovh
