#include "history/historymodel.h"

#include "history/historystore.h"
#include "look/badges.h"

#include <QColor>
#include <QLocale>

namespace Ovh {

HistoryModel::HistoryModel(HistoryStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

QString HistoryModel::relativeTime(const QDateTime& time, const QDateTime& now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 24 * 3600)
        return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QList<HistoryEntry> HistoryModel::read(qint64 beforeId, qint64 afterId)
{
    QList<HistoryEntry> entries = m_store->list(m_filter, PageSize, beforeId, afterId);
    if (!m_store->errorString().isEmpty())
        emit failed(m_store->errorString());
    return entries;
}

void HistoryModel::setFilter(const QString& filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::load()
{
    if (!m_loaded)
        reload();
}

void HistoryModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_entries = read(0, 0);
    m_more = m_entries.size() == PageSize;
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_entries.isEmpty())
        return;
    const QList<HistoryEntry> page = read(m_entries.constLast().id, 0);
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

void HistoryModel::insertNewer()
{
    if (!m_loaded)
        return; // the first read will have it
    if (m_entries.isEmpty()) {
        reload();
        return;
    }
    const QList<HistoryEntry> newer = read(0, m_entries.constFirst().id);
    if (newer.isEmpty())
        return;
    if (newer.size() == PageSize) { // more came than a page: start again from the top
        reload();
        return;
    }
    beginInsertRows(QModelIndex(), 0, int(newer.size() - 1));
    m_entries = newer + m_entries;
    endInsertRows();
}

void HistoryModel::refreshTimes()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

bool HistoryModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    if (!m_store->remove(m_entries.at(row).id) && !m_store->errorString().isEmpty()) {
        emit failed(m_store->errorString());
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

bool HistoryModel::clearAll()
{
    if (!m_store->clear()) {
        emit failed(m_store->errorString());
        return false;
    }
    beginResetModel();
    m_entries.clear();
    m_more = false;
    m_loaded = true;
    endResetModel();
    return true;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::badgeData(const HistoryEntry& entry, int column, int role) const
{
    const Badge badge = column == StatusColumn ? callStatusBadge(entry.status, entry.failure)
                                               : methodBadge(httpMethodFromName(entry.method));
    switch (role) {
    case Qt::DisplayRole:
    case BadgeTextRole:
        return badge.isNull() ? entry.method : badge.text;
    case BadgeFillRole:
        return badge.fill;
    case BadgeTextColorRole:
        return badge.textColor;
    case Qt::ToolTipRole:
        if (column == StatusColumn && !entry.error.isEmpty())
            return entry.error;
        return column == StatusColumn ? tr("%1 ms").arg(entry.elapsedMs) : QVariant();
    default:
        return QVariant();
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const HistoryEntry& entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    switch (index.column()) {
    case StatusColumn:
    case MethodColumn:
        return badgeData(entry, index.column(), role);
    case PathColumn:
        if (role == Qt::DisplayRole)
            return entry.pathTemplate;
        if (role == Qt::ToolTipRole)
            return entry.url;
        break;
    case EndpointColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return entry.profile.isEmpty() ? entry.endpoint
                                           : tr("%1 (%2)").arg(entry.endpoint, entry.profile);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return relativeTime(entry.time, m_now());
        if (role == Qt::ToolTipRole)
            return QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case EndpointColumn:
        return tr("Endpoint");
    case TimeColumn:
        return tr("Time");
    default:
        return QVariant();
    }
}

} // namespace Ovh
