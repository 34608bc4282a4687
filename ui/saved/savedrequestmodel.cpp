#include "saved/savedrequestmodel.h"

namespace Ovh {

SavedRequestModel::SavedRequestModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void SavedRequestModel::setRequests(const QList<SavedRequest>& requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

void SavedRequestModel::append(const SavedRequest& request)
{
    const int row = int(m_requests.size());
    beginInsertRows(QModelIndex(), row, row);
    m_requests.append(request);
    endInsertRows();
}

bool SavedRequestModel::removeId(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_requests.removeAt(row);
    endRemoveRows();
    return true;
}

int SavedRequestModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 SavedRequestModel::idAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? m_requests.at(row).id : 0;
}

void SavedRequestModel::setName(qint64 id, const QString& name)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_requests[row].name = name;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, { Qt::DisplayRole, Qt::EditRole });
}

int SavedRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QVariant SavedRequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedRequest& request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return request.name;
    case Qt::ToolTipRole:
        return request.operation;
    case IdRole:
        return request.id;
    default:
        return {};
    }
}

bool SavedRequestModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    emit nameEdited(m_requests.at(index.row()).id, value.toString());
    return true;
}

Qt::ItemFlags SavedRequestModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows: where a drag lands
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions SavedRequestModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SavedRequestModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    const int rows = int(m_requests.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rows || destinationChild < 0 || destinationChild > rows
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(
            QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    QList<SavedRequest> moved = m_requests.mid(sourceRow, count);
    m_requests.remove(sourceRow, count);
    for (int i = 0; i < count; ++i)
        m_requests.insert(to + i, moved.at(i));
    endMoveRows();
    return true;
}

} // namespace Ovh
