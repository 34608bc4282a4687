#include "results/diffdialog.h"

#include "base/jsontext.h"
#include "results/diffmodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QPlainTextEdit* makeSide(const QJsonValue& value, const QString& name, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(indentedJson(value)));
    return text;
}

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

// Moves `text` to the first line holding the last key of `path` ("ttl" of records[3].ttl): good
// enough to land near the value in an indented answer.
void scrollTo(QPlainTextEdit* text, const QVariantList& path)
{
    QString key;
    for (auto it = path.crbegin(); it != path.crend() && key.isEmpty(); ++it) {
        if (it->typeId() != QMetaType::Int)
            key = it->toString();
    }
    if (key.isEmpty())
        return;
    const QString needle = QLatin1Char('"') + key + QLatin1String("\":");
    QTextCursor cursor = text->document()->find(needle);
    if (!cursor.isNull()) {
        text->setTextCursor(cursor);
        text->centerCursor();
    }
}

} // namespace

DiffDialog::DiffDialog(const QJsonValue& before, const QString& beforeTitle,
    const QJsonValue& after, const QString& afterTitle, QWidget* parent)
    : QDialog(parent)
    , m_model(new DiffModel(this))
    , m_summary(new QLabel(this))
    , m_list(new QTableView(this))
    , m_before(makeSide(before, QStringLiteral("diffBefore"), this))
    , m_after(makeSide(after, QStringLiteral("diffAfter"), this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(tr("Compare Results"));
    m_model->setDifferences(jsonDiff(before, after));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setText(summary());

    m_list->setObjectName(QStringLiteral("diffList"));
    m_list->setAccessibleName(tr("Differences"));
    m_before->setAccessibleName(beforeTitle);
    m_after->setAccessibleName(afterTitle);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(
        DiffModel::KindColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(DiffModel::PathColumn, 220);
    m_list->setColumnWidth(DiffModel::BeforeColumn, 260);

    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(titled(beforeTitle, m_before, sides));
    sides->addWidget(titled(afterTitle, m_after, sides));
    auto* parts = new QSplitter(Qt::Vertical, this);
    parts->addWidget(m_list);
    parts->addWidget(sides);
    parts->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(parts, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DiffDialog::showDifference);
    resize(1000, 700);
}

QString DiffDialog::summary() const
{
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (const JsonDifference& difference : m_model->differences()) {
        switch (difference.kind) {
        case JsonDifference::Kind::Added:
            ++added;
            break;
        case JsonDifference::Kind::Removed:
            ++removed;
            break;
        case JsonDifference::Kind::Changed:
            ++changed;
            break;
        }
    }
    if (added + removed + changed == 0)
        return tr("The two answers are the same.");
    return tr("%1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed);
}

void DiffDialog::showDifference(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QVariantList& path = m_model->differences().at(index.row()).path;
    scrollTo(m_before, path);
    scrollTo(m_after, path);
}

} // namespace Ovh
