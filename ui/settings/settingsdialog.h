#pragma once

#include "base/endpoint.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;
QT_END_NAMESPACE

namespace Ovh {

class ExplorerSettings;

// File > Settings: the look, the language, what the history keeps, which endpoints ask before
// a mutating call, the network deadlines. Shows the stored values; OK and Apply write them all
// and announce it (applied()), Cancel writes nothing. Spin boxes and lists only: no value it
// writes can be out of range.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `settings` is owned by the caller and outlives the dialog; `current`, the window's
    // endpoint, is listed with the known ones when it is a custom URL.
    SettingsDialog(ExplorerSettings* settings, const Endpoint& current, QWidget* parent = nullptr);

    // Writes every value shown, then emits applied().
    void apply();

signals:
    // The settings were written: the window applies the look and the deadlines now.
    void applied();

private:
    QWidget* createGeneralPage();
    QWidget* createHistoryPage();
    QWidget* createConfirmationsPage(const Endpoint& current);
    void load();

    ExplorerSettings* m_settings;
    QComboBox* m_theme;
    QComboBox* m_language;
    QSpinBox* m_callTimeout;
    QSpinBox* m_fetchAllConcurrency;
    QSpinBox* m_schemaTimeout;
    QCheckBox* m_keepResponses;
    QSpinBox* m_keepDays;
    QSpinBox* m_maxEntries;
    QSpinBox* m_maxBodyKiB;
    QListWidget* m_confirmations;
};

} // namespace Ovh
