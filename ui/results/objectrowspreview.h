#pragma once

#include "results/objectrow.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QStandardItemModel;
class QTableView;
QT_END_NAMESPACE

namespace Ovh {

// A plain table of fetched rows (id, each top-level property as compact JSON, error): the stand-in
// until the Result's ObjectTableView takes ObjectRows (setRows, same signature).
class ObjectRowsPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectRowsPreview)

public:
    explicit ObjectRowsPreview(QWidget* parent = nullptr);

    void setRows(const ObjectRows& rows);
    QTableView* view() const { return m_view; }

private:
    QStandardItemModel* m_model;
    QTableView* m_view;
};

} // namespace Ovh
