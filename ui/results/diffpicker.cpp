#include "results/diffpicker.h"

#include "base/jsontext.h"
#include "history/historystore.h"
#include "results/diffdialog.h"

#include <QLocale>
#include <QMenu>

namespace Ovh {

QList<HistoryEntry> comparableEntries(
    HistoryStore& history, const QString& operationKey, qint64 excludeId, int window)
{
    QList<HistoryEntry> entries;
    for (const HistoryEntry& entry : history.list(QString(), window)) {
        const bool answered = entry.status >= 200 && entry.status < 300 && entry.failure.isEmpty();
        if (entry.operationKey() == operationKey && answered && entry.id != excludeId)
            entries.append(entry);
    }
    return entries;
}

bool recordsCall(const HistoryEntry& entry, const CallResult& result)
{
    if (!result.queryId.isEmpty() || !entry.queryId.isEmpty())
        return entry.queryId == result.queryId;
    return entry.url == QString::fromUtf8(result.request.url) && entry.status == result.status
        && entry.elapsedMs == result.elapsedMs && entry.responseBodySize == result.body.size();
}

DiffPicker::DiffPicker(QWidget* parent)
    : QPushButton(tr("Compare with\u2026"), parent)
{
    setObjectName(QStringLiteral("compareButton"));
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("compareMenu"));
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &DiffPicker::fillMenu);
    updateState();
}

void DiffPicker::setHistory(HistoryStore* history)
{
    m_history = history;
    updateState();
}

void DiffPicker::setCurrent(const QString& operationKey, const CallResult& result)
{
    m_operationKey = operationKey;
    m_current = result.isSuccess() ? result.json : QJsonValue(QJsonValue::Undefined);
    m_shown = result;
    updateState();
}

void DiffPicker::updateState()
{
    setVisible(m_history != nullptr);
    setEnabled(m_history && !m_current.isUndefined());
    setToolTip(tr("Compare this answer with an earlier answer of the same operation from the "
                  "history"));
}

void DiffPicker::fillMenu()
{
    menu()->clear();
    if (!m_history)
        return;
    QList<HistoryEntry> entries = comparableEntries(*m_history, m_operationKey);
    // The call just made is recorded too (on the history's thread, maybe not yet): never itself.
    entries.removeIf([this](const HistoryEntry& entry) { return recordsCall(entry, m_shown); });
    if (entries.isEmpty()) {
        menu()
            ->addAction(m_history->errorString().isEmpty()
                    ? tr("No earlier answer of this operation in the history")
                    : m_history->errorString())
            ->setEnabled(false);
        return;
    }
    constexpr int kShown = 25;
    for (int i = 0; i < entries.size() && i < kShown; ++i) {
        const HistoryEntry& entry = entries.at(i);
        const QString when = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
        const qint64 id = entry.id;
        menu()->addAction(tr("%1 \u2014 %2 \u2014 %3").arg(when, entry.endpoint, entry.url), this,
            [this, id] { compareWith(id); });
    }
}

bool DiffPicker::compareWith(qint64 id)
{
    if (!m_history || m_current.isUndefined())
        return false;
    const std::optional<HistoryEntry> entry = m_history->entry(id);
    if (!entry) {
        setToolTip(m_history->errorString());
        return false;
    }
    const QJsonValue before = parseJsonValue(entry->responseBody);
    if (entry->responseTruncated() || before.isUndefined()) {
        setToolTip(entry->responseTruncated()
                ? tr("The history kept only the start of that answer: nothing to compare")
                : tr("That answer is not JSON: nothing to compare"));
        return false;
    }
    auto* dialog = new DiffDialog(before,
        QLocale().toString(entry->time.toLocalTime(), QLocale::ShortFormat), m_current,
        tr("This answer"), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    emit dialogOpened(dialog);
    return true;
}

} // namespace Ovh
