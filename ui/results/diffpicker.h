#pragma once

#include "history/historyentry.h"
#include "net/callresult.h"

#include <QList>
#include <QPushButton>

QT_BEGIN_NAMESPACE
class QDialog;
QT_END_NAMESPACE

namespace Ovh {

class HistoryStore;

// The earlier answers of an operation kept in the history that can be compared with the
// current one: answered (2xx), newest first, among the newest `window` calls (bounded, so the menu
// costs the same at any history size).
QList<HistoryEntry> comparableEntries(
    HistoryStore& history, const QString& operationKey, qint64 excludeId = 0, int window = 500);

// True when `entry` is the history's record of the call that answered `result`: the same
// X-Ovh-QueryId when the server gave one (OVH does, one per call), else the same URL, status,
// time taken and answer size. The answer shown is never offered to compare with itself.
bool recordsCall(const HistoryEntry& entry, const CallResult& result);

// "Compare with…": a menu of the earlier answers of the operation shown (from the history);
// picking one opens a DiffDialog of that answer (before) and the one shown (after). Disabled
// without a history or a JSON answer.
class DiffPicker final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPicker)

public:
    explicit DiffPicker(QWidget* parent = nullptr);

    // Owned by the caller, outliving this button; null: no Compare.
    void setHistory(HistoryStore* history);
    // The answer shown and its operation ("GET /domain/zone/{zoneName}/record").
    void setCurrent(const QString& operationKey, const CallResult& result);
    // Opens the diff of history entry `id` with the current answer; false when it cannot be
    // read (or is not JSON), with the reason in the button's tooltip.
    bool compareWith(qint64 id);

signals:
    void dialogOpened(QDialog* dialog);

private:
    void fillMenu();
    void updateState();

    HistoryStore* m_history = nullptr;
    QString m_operationKey;
    QJsonValue m_current = QJsonValue(QJsonValue::Undefined);
    CallResult m_shown; // the answer shown, left out of the menu
};

} // namespace Ovh
