#include "operationview.h"

#include "badges.h"
#include "parametertablemodel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QLabel* makeLabel(QWidget* parent, const char* objectName, bool selectable = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString formatDate(const QDateTime& date)
{
    return QLocale().toString(date.toUTC().date(), QLocale::ShortFormat);
}

} // namespace

OperationView::OperationView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_methodLabel(nullptr)
    , m_pathLabel(nullptr)
    , m_statusLabel(nullptr)
    , m_statusText(nullptr)
    , m_descriptionLabel(nullptr)
    , m_longDescriptionLabel(nullptr)
    , m_authLabel(nullptr)
    , m_responseLabel(nullptr)
    , m_iamLabel(nullptr)
    , m_productLabel(nullptr)
    , m_splitter(nullptr)
    , m_parametersTitle(nullptr)
    , m_parameters(nullptr)
    , m_parameterModel(new ParameterTableModel(this))
{
    m_placeholder->setObjectName(QStringLiteral("operationPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Pick an operation in the tree, or press Ctrl+K and type a few words "
                              "such as \u201czone record\u201d."));
    m_placeholder->setEnabled(false);

    auto* page = new QWidget(m_stack);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Header: method badge, path, status badge.
    m_methodLabel = makeLabel(page, "operationMethod", false);
    m_methodLabel->setWordWrap(false);
    m_methodLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_pathLabel = makeLabel(page, "operationPath");
    QFont pathFont = fixed;
    pathFont.setPointSizeF(font().pointSizeF() * 1.25);
    pathFont.setBold(true);
    m_pathLabel->setFont(pathFont);
    m_statusLabel = makeLabel(page, "operationStatus", false);
    m_statusLabel->setWordWrap(false);
    m_statusLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* header = new QHBoxLayout;
    header->addWidget(m_methodLabel, 0, Qt::AlignTop);
    header->addWidget(m_pathLabel, 1);
    header->addWidget(m_statusLabel, 0, Qt::AlignTop);

    m_statusText = makeLabel(page, "operationStatusText");
    m_descriptionLabel = makeLabel(page, "operationDescription");
    QFont descriptionFont = font();
    descriptionFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_descriptionLabel->setFont(descriptionFont);
    m_longDescriptionLabel = makeLabel(page, "operationLongDescription");

    // Facts: product, authentication, response type, IAM actions.
    // Short facts, one per line: no word wrap (a wrapped label in a form row gets a guessed width).
    m_productLabel = makeLabel(page, "operationProduct");
    m_authLabel = makeLabel(page, "operationAuth");
    m_responseLabel = makeLabel(page, "operationResponse");
    m_responseLabel->setFont(fixed);
    m_iamLabel = makeLabel(page, "operationIam");
    m_iamLabel->setFont(fixed);
    for (QLabel* label : { m_productLabel, m_authLabel, m_responseLabel, m_iamLabel })
        label->setWordWrap(false);
    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->addRow(tr("Product:"), m_productLabel);
    facts->addRow(tr("Authentication:"), m_authLabel);
    facts->addRow(tr("Returns:"), m_responseLabel);
    facts->addRow(tr("IAM actions:"), m_iamLabel);

    auto* info = new QWidget;
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 4, 0);
    infoLayout->addWidget(m_statusText);
    infoLayout->addWidget(m_descriptionLabel);
    infoLayout->addWidget(m_longDescriptionLabel);
    infoLayout->addLayout(facts);
    infoLayout->addStretch(1);
    auto* infoScroll = new QScrollArea;
    infoScroll->setObjectName(QStringLiteral("operationInfo"));
    infoScroll->setWidget(info);
    infoScroll->setWidgetResizable(true);
    infoScroll->setFrameShape(QFrame::NoFrame);
    infoScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Parameters.
    auto* parametersBox = new QWidget;
    m_parametersTitle = makeLabel(parametersBox, "parametersTitle", false);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_parametersTitle->setFont(titleFont);
    m_parameters = new QTableView(parametersBox);
    m_parameters->setObjectName(QStringLiteral("parametersTable"));
    m_parameters->setModel(m_parameterModel);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->setAlternatingRowColors(true);
    m_parameters->setWordWrap(true);
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_parameters->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* parametersLayout = new QVBoxLayout(parametersBox);
    parametersLayout->setContentsMargins(0, 4, 0, 0);
    parametersLayout->addWidget(m_parametersTitle);
    parametersLayout->addWidget(m_parameters, 1);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("operationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(infoScroll);
    m_splitter->addWidget(parametersBox);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 6, 6, 6);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void OperationView::clear()
{
    m_parameterModel->setRows({});
    m_stack->setCurrentWidget(m_placeholder);
}

void OperationView::showOperation(const Product& product, const Operation& operation)
{
    const Badge method = methodBadge(operation.method);
    m_methodLabel->setText(method.text);
    m_methodLabel->setStyleSheet(badgeStyleSheet(method));
    m_methodLabel->setVisible(!method.isNull());
    m_pathLabel->setText(operation.path);

    const Badge status = statusBadge(operation.status.value);
    m_statusLabel->setText(status.text);
    m_statusLabel->setStyleSheet(badgeStyleSheet(status));
    m_statusLabel->setVisible(!status.isNull());

    QStringList statusLines;
    const ApiStatus& apiStatus = operation.status;
    if (apiStatus.value != ApiStatus::Production) {
        QString line = apiStatus.description.isEmpty() ? apiStatus.rawValue : apiStatus.description;
        if (apiStatus.deprecatedDate.isValid())
            line += QLatin1Char(' ') + tr("(deprecated since %1)").arg(formatDate(apiStatus.deprecatedDate));
        statusLines << line;
        if (apiStatus.deletionDate.isValid())
            statusLines << tr("Removal planned on %1.").arg(formatDate(apiStatus.deletionDate));
        if (!apiStatus.replacement.isEmpty())
            statusLines << tr("Replaced by %1").arg(apiStatus.replacement);
    }
    m_statusText->setText(statusLines.join(QLatin1Char('\n')));
    m_statusText->setVisible(!statusLines.isEmpty());

    m_descriptionLabel->setText(operation.description.isEmpty() ? tr("No description.") : operation.description);
    m_longDescriptionLabel->setText(operation.longDescription);
    m_longDescriptionLabel->setVisible(!operation.longDescription.isEmpty());

    m_productLabel->setText(product.path);
    m_authLabel->setText(operation.noAuthentication ? tr("Not needed (public call)") : tr("Required"));
    m_authLabel->setToolTip(operation.noAuthentication
            ? tr("This call works without keys.")
            : tr("The call is signed with your application key, application secret and consumer key."));
    m_responseLabel->setText(operation.responseTypeName.isEmpty() ? operation.responseType.displayName()
                                                                  : operation.responseTypeName);
    QStringList iam;
    for (const IamAction& action : operation.iamActions)
        iam << (action.required ? action.name : tr("%1 (optional)").arg(action.name));
    m_iamLabel->setText(iam.isEmpty() ? tr("none declared") : iam.join(QLatin1Char('\n')));

    const QList<ParameterRow> rows = parameterRows(product, operation);
    m_parameterModel->setRows(rows);
    m_parametersTitle->setText(rows.isEmpty() ? tr("No parameters")
                                              : tr("Parameters (%1) \u2014 * required").arg(rows.size()));
    m_parameters->setVisible(!rows.isEmpty());
    m_stack->setCurrentIndex(1);
    fitColumns();
}

void OperationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void OperationView::fitColumns()
{
    if (m_parameterModel->rowCount() == 0)
        return;
    // Name and In keep their natural width (Name at most 35% of the table); Type gets what is
    // left of 65%, so the description keeps room in a narrow window.
    const int available = m_parameters->viewport()->width();
    // sizeHintForColumn() is public in QAbstractItemView (protected in QTableView).
    const QAbstractItemView* view = m_parameters;
    constexpr int kPadding = 12;
    const int name = qMin(view->sizeHintForColumn(ParameterTableModel::NameColumn) + kPadding, available * 35 / 100);
    const int location = view->sizeHintForColumn(ParameterTableModel::LocationColumn) + kPadding;
    const int type = qBound(60, available * 65 / 100 - name - location,
        view->sizeHintForColumn(ParameterTableModel::TypeColumn) + kPadding);
    m_parameters->setColumnWidth(ParameterTableModel::NameColumn, name);
    m_parameters->setColumnWidth(ParameterTableModel::LocationColumn, location);
    m_parameters->setColumnWidth(ParameterTableModel::TypeColumn, type);
}

} // namespace Ovh
