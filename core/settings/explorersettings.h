#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ovh {

// The window's operation tabs, in order: each one's operation ("GET /me") and form values (as
// ParameterForm::rememberedValues() gives them), and which tab is current.
struct OpenTabs
{
    struct Tab
    {
        QString operation;
        QJsonObject values;
    };
    static constexpr int MaxTabs = 100; // more are not restored
    QList<Tab> tabs;
    int current = 0;
};

// The one facade over the settings store the window and the CLI share: every remembered value,
// typed, with its key and default in one place, and the store itself for AccountStore's
// profiles (so the accounts `ovh-explorer-cli login` saves are the window's too). Never holds
// a secret. Tests pass an INI file; the applications use the platform's native store.
class ExplorerSettings
{
public:
    ExplorerSettings(); // the platform default: organisation "ovh-api-explorer", "ovh-explorer"
    explicit ExplorerSettings(const QString& iniFile);
    ~ExplorerSettings();
    ExplorerSettings(const ExplorerSettings&) = delete;
    ExplorerSettings& operator=(const ExplorerSettings&) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray& value);
    QByteArray operationSplitterState() const;
    void setOperationSplitterState(const QByteArray& value);

    // A known endpoint name or a custom base URL, as Endpoint::fromUserText() reads it.
    QString lastEndpoint() const;
    void setLastEndpoint(const QString& value);
    // "v1" or "v2": the branch of the region last explored (apiBranchName()).
    QString apiBranch() const;
    void setApiBranch(const QString& value);
    // "POST /domain/zone/{zoneName}/record", as OperationSearch::locate() reads it.
    QString lastOperation() const;
    void setLastOperation(const QString& value);

    // The form values of one operation ("POST /domain/zone/{zoneName}/record"), as
    // ParameterForm::rememberedValues() gives them (never secrets); empty when none.
    QJsonObject formValues(const QString& operation) const;
    void setFormValues(const QString& operation, const QJsonObject& values);
    // Ask before a POST/PUT/DELETE on this endpoint (a name or base URL); true by default.
    bool confirmCalls(const QString& endpoint) const;
    void setConfirmCalls(const QString& endpoint, bool confirm);

    // Network deadlines, in seconds (1 to 86400): one whole schema load (what has not come by
    // then falls back to the cache or the bundled snapshot), and one call from send to its
    // last byte. Keys network/schemaTimeoutSeconds and network/callTimeoutSeconds.
    static constexpr int DefaultSchemaTimeoutSeconds = 120;
    static constexpr int DefaultCallTimeoutSeconds = 60;
    int schemaTimeoutSeconds() const;
    void setSchemaTimeoutSeconds(int seconds);
    int callTimeoutSeconds() const;
    void setCallTimeoutSeconds(int seconds);
    // Fetch all: detail calls in flight at once (1 to 32). Key calls/fetchAllConcurrency.
    static constexpr int DefaultFetchAllConcurrency = 4;
    static constexpr int MaxFetchAllConcurrency = 32;
    int fetchAllConcurrency() const;
    void setFetchAllConcurrency(int calls);

    // Key session/tabs (a JSON object). A hand-edited or damaged value gives what can be read
    // of it: entries without an operation are skipped, `current` is kept in range.
    OpenTabs openTabs() const;
    void setOpenTabs(const OpenTabs& value);
    // The look: the desktop's (System), or Fusion with a light or a dark palette. The
    // environment's OVH_EXPLORER_PALETTE=dark still wins at start. Key look/theme.
    enum class Theme : quint8 { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);
    // "" (the system's), "en" or "fr"; read at start only. Key look/language.
    QString language() const;
    void setLanguage(const QString& language);
    static const QStringList& languages();

    // What the history keeps (HistoryRecorder / HistoryStore::prune apply them): response
    // headers and bodies or not; calls younger than N days (0: forever); at most N calls; bodies
    // cut beyond N bytes. A hand-edited value out of range falls back to the default.
    static constexpr int DefaultHistoryMaxEntries = 100000;
    static constexpr int MaxHistoryEntries = 10000000;
    static constexpr int MaxHistoryKeepDays = 36500;
    static constexpr qint64 DefaultHistoryMaxBodyBytes = 1024 * 1024;
    static constexpr qint64 MinHistoryMaxBodyBytes = 1024;
    static constexpr qint64 MaxHistoryMaxBodyBytes = 256 * 1024 * 1024;
    bool historyKeepResponses() const;
    void setHistoryKeepResponses(bool keep);
    int historyKeepDays() const;
    void setHistoryKeepDays(int days);
    int historyMaxEntries() const;
    void setHistoryMaxEntries(int entries);
    qint64 historyMaxBodyBytes() const;
    void setHistoryMaxBodyBytes(qint64 bytes);

    // The first-start hint (Sandbox, Log in) was dismissed: never shown again.
    bool firstStartHintDismissed() const;
    void setFirstStartHintDismissed(bool dismissed);

    void sync();

    // The underlying store, for the parts that keep their own keys in it (AccountStore's
    // profiles, current profile per endpoint). Owned by this object.
    QSettings* store() const { return m_settings.get(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Ovh
