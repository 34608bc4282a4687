#pragma once

#include <QDateTime>
#include <QDialog>

namespace Ovh {

// What Help > About shows and copies: versions and places, never a secret.
struct AboutFacts
{
    QString version; // "0.1.0 (git 1a2b3c4d5e)", as --version prints it
    QString endpoint; // "ovh-eu (https://eu.api.ovh.com/1.0)"
    QString schemaSource; // "network", "cache", "bundled snapshot"; empty before a load
    QDateTime schemaFetchedAt; // invalid for the bundled snapshot
    int products = 0;
    int operations = 0;
    QString cacheDir;
    QString settingsFile;
    QString historyFile; // empty while there is none
};

// Help > About: version and revision, Qt, the licence, where the cache, history and settings
// live, and "Copy Diagnostics" for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutFacts& facts, QWidget* parent = nullptr);

    // The text "Copy Diagnostics" puts on the clipboard; `now` makes the schema's age testable.
    static QString diagnosticsText(const AboutFacts& facts, const QDateTime& now);
};

} // namespace Ovh
