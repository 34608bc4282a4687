#include "session/explorerservices.h"

#include "auth/oauth2tokens.h"
#include "call/recentvalues.h"
#include "net/apiclient.h"
#include "net/schemarepository.h"
#include "net/serverclock.h"
#include "session/accountsession.h"
#include "session/callsession.h"

namespace Ovh {

ExplorerServices::ExplorerServices(
    QNetworkAccessManager* nam, const Options& options, QObject* parent)
    : QObject(parent)
    , m_offline(options.offline)
    , m_repository(new SchemaRepository(nam, this))
    , m_clock(new ServerClock(nam, this))
    , m_client(new ApiClient(nam, m_clock, this))
    , m_tokens(new OAuth2Tokens(nam, this))
    , m_account(
          new AccountSession(options.accounts, m_client, options.config, options.environment, this))
    , m_calls(new CallSession(m_client, this))
    , m_recentValues(new RecentValues(this))
{
    SchemaRepository::Options repositoryOptions;
    repositoryOptions.cacheDir = options.cacheDir;
    repositoryOptions.offline = options.offline;
    repositoryOptions.timeoutMs = options.schemaTimeoutMs;
    m_repository->setOptions(repositoryOptions);
    ApiCall::Settings callSettings;
    callSettings.timeoutMs = options.callTimeoutMs;
    m_client->setSettings(callSettings);
    m_client->setBearerSource(m_tokens);
    m_tokens->setTimeoutMs(callSettings.timeoutMs);
    m_clock->setTimeout(qMin(ServerClock::DefaultTimeoutMs, callSettings.timeoutMs));
}

CallSession* ExplorerServices::createCallSession(QObject* owner)
{
    auto* session = new CallSession(m_client, owner);
    emit callSessionCreated(session);
    return session;
}

ExplorerServices::~ExplorerServices()
{
    // The sessions' calls and jobs use the client: they go first.
    delete m_calls;
    delete m_account;
}

} // namespace Ovh
