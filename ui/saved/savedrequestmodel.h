#pragma once

#include "saved/savedrequest.h"

#include <QAbstractListModel>

namespace Ovh {

// The saved requests as a list model, in their order: the name shown and edited in place, the
// operation as the tooltip. A whole list comes in one reset (10,000 rows without one signal
// each), a request saved or deleted as one row; a drag moves rows through moveRows(), which
// QListView's internal move calls. Renames and moves are told (nameEdited, rowsMoved) for the
// panel to store; the model keeps no file.
class SavedRequestModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedRequestModel)

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SavedRequestModel(QObject* parent = nullptr);

    void setRequests(const QList<SavedRequest>& requests);
    // One row more at the end, or one less: the list is not read again for either.
    void append(const SavedRequest& request);
    bool removeId(qint64 id);
    const QList<SavedRequest>& requests() const { return m_requests; }
    // The row of the request `id`; -1 when none has it.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    // The name as kept, after nameEdited() (the store may refuse or trim it).
    void setName(qint64 id, const QString& name);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
        const QModelIndex& destinationParent, int destinationChild) override;

signals:
    // The person typed a new name for `id` in the list.
    void nameEdited(qint64 id, const QString& name);

private:
    QList<SavedRequest> m_requests;
};

} // namespace Ovh
