#include "login/ruleeditor.h"

#include "look/uicolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ovh {

using CredentialAdvice::RulePreset;

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_rowsLayout(nullptr)
    , m_rowsBox(new QWidget(this))
    , m_addButton(new QToolButton(this))
    , m_ipsLabel(new QLabel(tr("Allowed &IPs:"), this))
    , m_ips(new QLineEdit(this))
    , m_ipsProblem(new QLabel(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_preset->setObjectName(QStringLiteral("rulePreset"));
    m_preset->addItem(tr("Read-only (GET everything)"), int(RulePreset::ReadOnly));
    m_preset->addItem(
        tr("Full access (GET, POST, PUT, DELETE everything)"), int(RulePreset::FullAccess));
    m_preset->addItem(tr("Only the current operation"), int(RulePreset::CurrentOperation));
    m_preset->addItem(tr("Custom"), int(RulePreset::Custom));
    m_preset->setToolTip(tr("The rights the consumer key will have. OVH shows them again before "
                            "you validate."));
    setCurrentOperation(QString(), QString());

    m_rowsLayout = new QVBoxLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_rowsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ruleRows"));
    scroll->setAccessibleName(tr("Rights"));
    scroll->setWidget(m_rowsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows sit on the page's own background, not on a grey well.
    scroll->setBackgroundRole(QPalette::Window);
    scroll->viewport()->setAutoFillBackground(false);
    m_rowsBox->setAutoFillBackground(false);
    // Room for the full-access preset (four rows) without a scroll bar.
    scroll->setMinimumHeight(QLineEdit().sizeHint().height() * 4 + 14);

    m_addButton->setObjectName(QStringLiteral("addRuleButton"));
    m_addButton->setText(tr("A&dd a right"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addButton->setAutoRaise(false);

    m_ips->setObjectName(QStringLiteral("allowedIps"));
    m_ips->setPlaceholderText(tr("Optional: 192.0.2.0/24, 2001:db8::/32 (empty: any address)"));
    m_ips->setClearButtonEnabled(true);
    m_ipsLabel->setBuddy(m_ips);
    m_ipsProblem->setObjectName(QStringLiteral("allowedIpsProblem"));
    m_ipsProblem->setWordWrap(true);
    m_ipsProblem->hide();

    m_preview->setObjectName(QStringLiteral("rulePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* presetLabel = new QLabel(tr("Ri&ghts:"), this);
    presetLabel->setBuddy(m_preset);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(presetLabel, 0, 0);
    layout->addWidget(m_preset, 0, 1);
    layout->addWidget(scroll, 1, 1);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_addButton);
    addLine->addStretch(1);
    layout->addLayout(addLine, 2, 1);
    layout->addWidget(m_ipsLabel, 3, 0);
    layout->addWidget(m_ips, 3, 1);
    layout->addWidget(m_ipsProblem, 4, 1);
    layout->addWidget(m_preview, 5, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    connect(m_preset, &QComboBox::activated, this, &RuleEditor::onPresetChosen);
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        Row* row = addRow(QStringLiteral("GET"), QString(), false);
        onRowEdited();
        row->path->setFocus();
    });
    connect(m_ips, &QLineEdit::textChanged, this, &RuleEditor::refresh);

    setRules(AccessRules::readOnly());
}

void RuleEditor::setCurrentOperation(const QString& method, const QString& pathTemplate)
{
    const int index = m_preset->findData(int(RulePreset::CurrentOperation));
    auto* model = qobject_cast<QStandardItemModel*>(m_preset->model());
    if (method.isEmpty() || pathTemplate.isEmpty()) {
        m_operation.reset();
        m_preset->setItemText(index, tr("Only the current operation (none is open)"));
    } else {
        m_operation = AccessRules::forOperation(method, pathTemplate);
        m_preset->setItemText(
            index, tr("Only the current operation: %1").arg(m_operation->toString()));
    }
    if (model && model->item(index))
        model->item(index)->setEnabled(m_operation.has_value());
}

CredentialRules RuleEditor::rules() const
{
    CredentialRules result;
    for (const Row& row : m_rows) {
        if (isBlank(row) || !rowProblem(row).isEmpty())
            continue;
        const QString method = row.method->currentText();
        const QString path = row.path->text().trimmed();
        if (row.recursive->isChecked())
            result += AccessRules::recursive(method, path);
        else
            result.append({ method, path });
    }
    return AccessRules::normalized(result);
}

void RuleEditor::setRules(const CredentialRules& rules)
{
    showRules(rules);
    m_preset->setCurrentIndex(
        m_preset->findData(int(CredentialAdvice::presetOf(rules, m_operation))));
    refresh();
}

RulePreset RuleEditor::preset() const
{
    return RulePreset(m_preset->currentData().toInt());
}

void RuleEditor::setPreset(RulePreset preset)
{
    if (preset == RulePreset::CurrentOperation && !m_operation)
        return;
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    onPresetChosen();
}

QStringList RuleEditor::allowedIPs() const
{
    return CredentialAdvice::splitIpBlocks(m_ips->text());
}

void RuleEditor::setAllowedIPs(const QStringList& blocks)
{
    m_ips->setText(blocks.join(QLatin1String(", ")));
}

void RuleEditor::setAllowedIPsVisible(bool visible)
{
    m_ipsLabel->setVisible(visible);
    m_ips->setVisible(visible);
    if (!visible) {
        m_ips->clear();
        m_ipsProblem->hide();
    }
}

bool RuleEditor::isValid(QString* reason) const
{
    const auto fail = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isBlank(m_rows.at(i)))
            continue; // a row just added and not filled in yet is not an error
        const QString problem = rowProblem(m_rows.at(i));
        if (!problem.isEmpty())
            return fail(tr("Right %1: %2").arg(i + 1).arg(problem));
    }
    if (rules().isEmpty())
        return fail(tr("Add at least one right."));
    QStringList invalid;
    CredentialAdvice::splitIpBlocks(m_ips->text(), &invalid);
    if (!invalid.isEmpty())
        return fail(tr("Not an IP address or block: %1").arg(invalid.join(QLatin1String(", "))));
    if (reason)
        reason->clear();
    return true;
}

RuleEditor::Row* RuleEditor::addRow(const QString& method, const QString& path, bool recursive)
{
    Row row;
    row.widget = new QWidget(m_rowsBox);
    row.widget->setObjectName(QStringLiteral("ruleRow"));
    row.method = new QComboBox(row.widget);
    row.method->setObjectName(QStringLiteral("ruleMethod"));
    row.method->addItems(AccessRules::methods());
    row.method->setCurrentText(method.toUpper());
    row.method->setAccessibleName(tr("Method"));
    row.path = new QLineEdit(path, row.widget);
    row.path->setObjectName(QStringLiteral("rulePath"));
    row.path->setPlaceholderText(tr("/domain/zone/*  ('*' matches anything)"));
    row.path->setAccessibleName(tr("Path"));
    row.recursive = new QCheckBox(tr("and everything under it"), row.widget);
    row.recursive->setObjectName(QStringLiteral("ruleRecursive"));
    row.recursive->setChecked(recursive);
    row.recursive->setToolTip(tr("Also grants the paths below this one: /x and /x/*"));
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("removeRuleButton"));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this right"));
    row.problem = new QLabel(row.widget);
    row.problem->setObjectName(QStringLiteral("ruleProblem"));
    row.problem->hide();

    auto* grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    grid->addWidget(row.method, 0, 0);
    grid->addWidget(row.path, 0, 1);
    grid->addWidget(row.recursive, 0, 2);
    grid->addWidget(row.remove, 0, 3);
    grid->addWidget(row.problem, 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);

    QWidget* widget = row.widget;
    connect(row.method, &QComboBox::currentIndexChanged, this, &RuleEditor::onRowEdited);
    connect(row.path, &QLineEdit::textEdited, this, &RuleEditor::onRowEdited);
    connect(row.recursive, &QCheckBox::toggled, this, &RuleEditor::onRowEdited);
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        removeRow(widget);
        onRowEdited();
    });

    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row.widget);
    row.widget->show(); // a layout shows late-added children only on the next event-loop turn
    m_rows.append(row);
    // Keyboard order = visual order: preset, the rows left to right, add, allowed IPs.
    QWidget* previous = m_preset;
    for (const Row& each : std::as_const(m_rows)) {
        for (QWidget* next : { static_cast<QWidget*>(each.method), static_cast<QWidget*>(each.path),
                 static_cast<QWidget*>(each.recursive), static_cast<QWidget*>(each.remove) }) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_addButton);
    setTabOrder(m_addButton, m_ips);
    return &m_rows.last();
}

void RuleEditor::removeRow(QWidget* rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            break;
        }
    }
    // Deleted later (its own Remove button may be the sender), but out of the editor at once:
    // findChildren and the layout see only the live rows.
    rowWidget->hide();
    m_rowsLayout->removeWidget(rowWidget);
    rowWidget->setParent(nullptr);
    rowWidget->deleteLater();
}

void RuleEditor::clearRows()
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
}

void RuleEditor::showRules(const CredentialRules& rules)
{
    m_filling = true;
    clearRows();
    const CredentialRules list = AccessRules::normalized(rules);
    QList<bool> used(list.size(), false);
    for (int i = 0; i < list.size(); ++i) {
        if (used.at(i))
            continue;
        const CredentialRule& rule = list.at(i);
        // "/x" with "/x/*" (either first) is one recursive row.
        QString base = rule.path;
        if (base.endsWith(QLatin1String("/*")) && base != QLatin1String("/*"))
            base.chop(2);
        int partner = -1;
        for (int j = i + 1; j < list.size(); ++j) {
            const CredentialRule& other = list.at(j);
            if (used.at(j) || other.method != rule.method)
                continue;
            if ((rule.path == base && other.path == base + QLatin1String("/*"))
                || (rule.path != base && other.path == base)) {
                partner = j;
                break;
            }
        }
        if (partner >= 0) {
            used[partner] = true;
            addRow(rule.method, base, true);
        } else {
            addRow(rule.method, rule.path, false);
        }
    }
    if (m_rows.isEmpty())
        addRow(QStringLiteral("GET"), QString(), false);
    m_filling = false;
}

void RuleEditor::onPresetChosen()
{
    switch (preset()) {
    case RulePreset::ReadOnly:
        showRules(AccessRules::readOnly());
        break;
    case RulePreset::FullAccess:
        showRules(AccessRules::fullAccess());
        break;
    case RulePreset::CurrentOperation:
        if (m_operation)
            showRules({ *m_operation });
        break;
    case RulePreset::Custom:
        break; // keep the rows as they are, ready to edit
    }
    refresh();
}

void RuleEditor::onRowEdited()
{
    if (m_filling)
        return;
    m_preset->setCurrentIndex(m_preset->findData(int(RulePreset::Custom)));
    refresh();
}

bool RuleEditor::isBlank(const Row& row)
{
    return row.path->text().trimmed().isEmpty();
}

QString RuleEditor::rowProblem(const Row& row) const
{
    const QString path = row.path->text().trimmed();
    if (path.isEmpty())
        return tr("enter a path, such as /me or /domain/*");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("a path starts with '/', such as /%1").arg(path);
    if (path.contains(QLatin1Char(' ')))
        return tr("a path has no spaces");
    return QString();
}

void RuleEditor::refresh()
{
    const QString errorStyle = QStringLiteral("color: %1;").arg(errorColor(palette()).name());
    for (const Row& row : std::as_const(m_rows)) {
        const QString problem = rowProblem(row);
        // A blank row is left out, not an error: say nothing until something is typed.
        const bool show = !problem.isEmpty() && !isBlank(row);
        row.problem->setText(problem);
        row.problem->setStyleSheet(errorStyle);
        row.problem->setVisible(show);
        row.remove->setEnabled(m_rows.size() > 1);
    }
    QStringList invalid;
    CredentialAdvice::splitIpBlocks(m_ips->text(), &invalid);
    m_ipsProblem->setStyleSheet(errorStyle);
    m_ipsProblem->setText(
        tr("Not an IP address or block: %1").arg(invalid.join(QLatin1String(", "))));

    // The preview never claims more than what would be sent: while something is wrong it
    // says what, so a disabled request button always has its reason on screen.
    QString reason;
    const bool valid = isValid(&reason);
    if (valid) {
        m_preview->setStyleSheet(QString());
        m_preview->setText(tr("Will request: %1").arg(AccessRules::toText(rules())));
    } else {
        m_preview->setStyleSheet(errorStyle);
        m_preview->setText(tr("Nothing can be requested yet: %1").arg(reason));
    }
    // The preview sits right under the IP field: do not say the same thing twice.
    m_ipsProblem->setVisible(!invalid.isEmpty() && m_ips->isVisibleTo(this)
        && (valid || reason != m_ipsProblem->text()));
    emit changed();
}

} // namespace Ovh
