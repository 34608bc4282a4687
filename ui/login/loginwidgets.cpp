#include "login/loginwidgets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace Ovh::LoginWidgets {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

MessageBar* noteBar(
    const QString& text, const char* objectName, MessageBar::Kind kind, QWidget* parent)
{
    auto* bar = new MessageBar(kind, parent);
    bar->setObjectName(QString::fromLatin1(objectName));
    bar->setText(text);
    return bar;
}

QWidget* secretField(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto* show = new QToolButton(edit->parentWidget());
    show->setObjectName(edit->objectName() + QLatin1String("Show"));
    show->setText(QCoreApplication::translate("Ovh::LoginDialog", "Show"));
    show->setCheckable(true);
    show->setToolTip(QCoreApplication::translate("Ovh::LoginDialog", "Show or hide the secret"));
    QObject::connect(show, &QToolButton::toggled, edit, [edit, show](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? QCoreApplication::translate("Ovh::LoginDialog", "Hide")
                         : QCoreApplication::translate("Ovh::LoginDialog", "Show"));
    });
    auto* box = new QWidget(edit->parentWidget());
    auto* line = new QHBoxLayout(box);
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(edit, 1);
    line->addWidget(show);
    return box;
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

void addSecretRow(QFormLayout* form, const QString& label, QLineEdit* edit)
{
    auto* text = new QLabel(label, edit->parentWidget());
    text->setBuddy(edit);
    form->addRow(text, secretField(edit));
    nameAfterLabel(edit, label);
}

void nameAfterLabel(QWidget* field, const QString& label)
{
    // Its label is no sibling any more (the field sits in a box with a button): screen readers
    // would not find it. The label without its mnemonic and its colon ("Secret :" in French).
    QString name = label;
    name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    name.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]*:$")));
    field->setAccessibleName(name);
}

void addCheckRow(QFormLayout* form, QPushButton* check)
{
    check->setAutoDefault(false);
    auto* line = new QHBoxLayout;
    line->addWidget(check);
    line->addStretch(1);
    form->addRow(QString(), line);
}

void setUpCheckStatus(QLabel* status)
{
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
}

} // namespace Ovh::LoginWidgets
