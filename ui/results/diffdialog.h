#pragma once

#include <QDialog>
#include <QJsonValue>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTableView;
QT_END_NAMESPACE

namespace Ovh {

class DiffModel;

// Two results of one operation side by side: the list of differences (added, removed, changed,
// each with where and its value before and after) above the two answers in full. Selecting a
// difference scrolls both answers to it.
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    // `beforeTitle`/`afterTitle` say which result each side is ("2026-12-06 21:05", "Now").
    DiffDialog(const QJsonValue& before, const QString& beforeTitle, const QJsonValue& after,
        const QString& afterTitle, QWidget* parent = nullptr);

    DiffModel* model() const { return m_model; }
    QString summary() const;

private:
    void showDifference(const QModelIndex& index);

    DiffModel* m_model;
    QLabel* m_summary;
    QTableView* m_list;
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_after;
};

} // namespace Ovh
