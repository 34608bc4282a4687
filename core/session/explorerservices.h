#pragma once

#include "auth/ovhconfig.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {

class AccountSession;
class AccountStore;
class ApiClient;
class CallSession;
class OAuth2Tokens;
class RecentValues;
class SchemaRepository;
class ServerClock;

// The core services one window works with, created together by a composition root (the
// application's main, a test) and handed to the window: the schema repository, the server
// clock, the API client, the account session and the path values used lately. Owns them.
class ExplorerServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerServices)

public:
    struct Options
    {
        QString cacheDir; // empty: SchemaRepository::defaultCacheDir()
        bool offline = false; // never touch the network (cache, then bundled snapshot)
        int schemaTimeoutMs = 120000;
        int callTimeoutMs = 60000;
        // The accounts (profiles in the settings, secrets in the keychain), owned by the caller
        // and outliving the services; null: only `config` and `environment`, and no log-in.
        AccountStore* accounts = nullptr;
        // What python-ovh would use when no profile is chosen: the ovh.conf files read at start
        // and the OVH_* variables (empty by default, so tests see none).
        OvhConfig config;
        QProcessEnvironment environment;
    };

    // `nam` is owned by the caller and outlives the services.
    ExplorerServices(QNetworkAccessManager* nam, const Options& options, QObject* parent = nullptr);
    ~ExplorerServices() override;

    bool isOffline() const { return m_offline; }
    SchemaRepository* repository() const { return m_repository; }
    ServerClock* clock() const { return m_clock; }
    ApiClient* client() const { return m_client; }
    // The bearer tokens of service accounts, the client's (in memory only).
    OAuth2Tokens* tokens() const { return m_tokens; }
    AccountSession* account() const { return m_account; }
    CallSession* calls() const { return m_calls; }
    // Empty until a composition root feeds it (RecentValuesFeed) or the window types values.
    RecentValues* recentValues() const { return m_recentValues; }

    // One more session on the same client and account rules, for another call at the same
    // time (a window tab each); owned by `owner`. Announced by callSessionCreated(), so that
    // what watches every call (the history) sees its calls too.
    CallSession* createCallSession(QObject* owner);

signals:
    void callSessionCreated(Ovh::CallSession* session);

private:
    bool m_offline;
    SchemaRepository* m_repository;
    ServerClock* m_clock;
    ApiClient* m_client;
    OAuth2Tokens* m_tokens;
    AccountSession* m_account;
    CallSession* m_calls;
    RecentValues* m_recentValues;
};

} // namespace Ovh
