#include "window/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QLabel* selectableLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

// English, as the rest of the diagnostics.
QString age(const QDateTime& then, const QDateTime& now)
{
    const qint64 minutes = qMax<qint64>(0, then.secsTo(now) / 60);
    const auto count = [](qint64 n, const char* unit) {
        return QStringLiteral("%1 %2%3 ago")
            .arg(n)
            .arg(QLatin1String(unit), n == 1 ? QString() : QStringLiteral("s"));
    };
    if (minutes < 60)
        return count(minutes, "minute");
    if (minutes < 48 * 60)
        return count(minutes / 60, "hour");
    return count(minutes / (24 * 60), "day");
}

} // namespace

AboutDialog::AboutDialog(const AboutFacts& facts, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OVH API Explorer"));

    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("OVH API Explorer")), this);
    auto* summary = selectableLabel(
        tr("Explore and call the OVHcloud API: its schema, typed forms, signed calls, scripts."),
        this);

    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), selectableLabel(facts.version, this));
    form->addRow(tr("Qt:"),
        selectableLabel(tr("%1 (built with %2)")
                            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
            this));
    form->addRow(tr("Licence:"),
        selectableLabel(tr("No licence chosen yet: all rights reserved by the authors."), this));
    form->addRow(tr("Schema cache:"), selectableLabel(facts.cacheDir, this));
    form->addRow(tr("Settings:"), selectableLabel(facts.settingsFile, this));
    form->addRow(tr("History:"),
        selectableLabel(
            facts.historyFile.isEmpty() ? tr("not kept yet") : facts.historyFile, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Copy &Diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnostics"));
    copy->setToolTip(tr("Versions, endpoint and schema for a bug report; never a key"));
    connect(copy, &QPushButton::clicked, this, [facts] {
        QGuiApplication::clipboard()->setText(
            diagnosticsText(facts, QDateTime::currentDateTimeUtc()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Paths and the licence read on one line each at the usual font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QString AboutDialog::diagnosticsText(const AboutFacts& facts, const QDateTime& now)
{
    QString schema = QStringLiteral("not loaded");
    if (!facts.schemaSource.isEmpty()) {
        schema = QStringLiteral("%1, %2 products, %3 operations")
                     .arg(facts.schemaSource)
                     .arg(facts.products)
                     .arg(facts.operations);
        if (facts.schemaFetchedAt.isValid()) {
            schema += QStringLiteral(", fetched %1 (%2)")
                          .arg(facts.schemaFetchedAt.toUTC().toString(Qt::ISODate),
                              age(facts.schemaFetchedAt, now));
        }
    }
    // Plain English lines: a bug report is read by the project, whatever the user's language.
    return QStringLiteral("OVH API Explorer %1\n"
                          "Qt %2 (built with %3), platform %4\n"
                          "System: %5\n"
                          "Endpoint: %6\n"
                          "Schema: %7\n"
                          "Cache: %8\n"
                          "Settings: %9\n")
        .arg(facts.version, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QGuiApplication::platformName(), QSysInfo::prettyProductName(),
            facts.endpoint.isEmpty() ? QStringLiteral("-") : facts.endpoint, schema, facts.cacheDir,
            facts.settingsFile);
}

} // namespace Ovh
