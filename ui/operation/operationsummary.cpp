#include "operation/operationsummary.h"

#include "look/badges.h"

#include "schema/schema.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QString formatDate(const QDateTime& date)
{
    return QLocale().toString(date.toUTC().date(), QLocale::ShortFormat);
}

} // namespace

QLabel* makeOperationLabel(QWidget* parent, const char* objectName, bool selectable)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

OperationHeader::OperationHeader(QWidget* parent)
    : QWidget(parent)
    , m_methodLabel(makeOperationLabel(this, "operationMethod", false))
    , m_pathLabel(makeOperationLabel(this, "operationPath"))
    , m_statusLabel(makeOperationLabel(this, "operationStatus", false))
{
    m_methodLabel->setWordWrap(false);
    m_methodLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont pathFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    pathFont.setPointSizeF(font().pointSizeF() * 1.25);
    pathFont.setBold(true);
    m_pathLabel->setFont(pathFont);
    m_statusLabel->setWordWrap(false);
    m_statusLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_methodLabel, 0, Qt::AlignTop);
    layout->addWidget(m_pathLabel, 1);
    layout->addWidget(m_statusLabel, 0, Qt::AlignTop);
}

void OperationHeader::setOperation(const Operation& operation)
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
}

OperationFacts::OperationFacts(QWidget* parent)
    : QScrollArea(parent)
{
    auto* info = new QWidget;
    m_statusText = makeOperationLabel(info, "operationStatusText");
    m_descriptionLabel = makeOperationLabel(info, "operationDescription");
    QFont descriptionFont = font();
    descriptionFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_descriptionLabel->setFont(descriptionFont);
    m_longDescriptionLabel = makeOperationLabel(info, "operationLongDescription");

    // Short facts, one per line: no word wrap (a wrapped label in a form row gets a guessed width).
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_productLabel = makeOperationLabel(info, "operationProduct");
    m_authLabel = makeOperationLabel(info, "operationAuth");
    m_responseLabel = makeOperationLabel(info, "operationResponse");
    m_responseLabel->setFont(fixed);
    m_iamLabel = makeOperationLabel(info, "operationIam");
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

    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 4, 0);
    infoLayout->addWidget(m_statusText);
    infoLayout->addWidget(m_descriptionLabel);
    infoLayout->addWidget(m_longDescriptionLabel);
    infoLayout->addLayout(facts);
    infoLayout->addStretch(1);
    setObjectName(QStringLiteral("operationInfo"));
    setAccessibleName(tr("About this operation"));
    setWidget(info);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void OperationFacts::setOperation(const Product& product, const Operation& operation)
{
    QStringList statusLines;
    const ApiStatus& apiStatus = operation.status;
    if (apiStatus.value != ApiStatus::Production) {
        QString line = apiStatus.description.isEmpty() ? apiStatus.rawValue : apiStatus.description;
        if (apiStatus.deprecatedDate.isValid())
            line += QLatin1Char(' ')
                + tr("(deprecated since %1)").arg(formatDate(apiStatus.deprecatedDate));
        statusLines << line;
        if (apiStatus.deletionDate.isValid())
            statusLines << tr("Removal planned on %1.").arg(formatDate(apiStatus.deletionDate));
        if (!apiStatus.replacement.isEmpty())
            statusLines << tr("Replaced by %1").arg(apiStatus.replacement);
    }
    m_statusText->setText(statusLines.join(QLatin1Char('\n')));
    m_statusText->setVisible(!statusLines.isEmpty());

    m_descriptionLabel->setText(
        operation.description.isEmpty() ? tr("No description.") : operation.description);
    m_longDescriptionLabel->setText(operation.longDescription);
    m_longDescriptionLabel->setVisible(!operation.longDescription.isEmpty());

    m_productLabel->setText(product.path);
    m_authLabel->setText(
        operation.noAuthentication ? tr("Not needed (public call)") : tr("Required"));
    m_authLabel->setToolTip(operation.noAuthentication
            ? tr("This call works without keys.")
            : tr("The call is signed with your application key, application secret and consumer "
                 "key."));
    m_responseLabel->setText(operation.responseTypeName.isEmpty()
            ? operation.responseType.displayName()
            : operation.responseTypeName);
    QStringList iam;
    for (const IamAction& action : operation.iamActions)
        iam << (action.required ? action.name : tr("%1 (optional)").arg(action.name));
    m_iamLabel->setText(iam.isEmpty() ? tr("none declared") : iam.join(QLatin1Char('\n')));
}

} // namespace Ovh
