#include "schema/everydaywords.h"

#include <QHash>

namespace Ovh {

namespace {

// words ('|' between synonyms), paths (' ' between them). Singular forms: the search tries the
// singular of a plural word. A path must exist in the eu API (tst_operationsearch checks).
struct Row
{
    const char* words;
    const char* paths;
};

const Row rows[] = {
    { "dns|dns zone|zone file", "/domain/zone" },
    { "domain name|registrar|whois", "/domain" },
    { "server|dedicated server|bare metal|baremetal|dedi", "/dedicated/server" },
    { "vm|instance|virtual machine|cloud server", "/cloud/project/{serviceName}/instance" },
    { "vps|virtual server", "/vps" },
    { "ip|ip address|ipv4|ipv6", "/ip" },
    { "failover ip|floating ip|additional ip",
        "/cloud/project/{serviceName}/ip/failover "
        "/cloud/project/{serviceName}/region/{regionName}/floatingip" },
    { "reverse|reverse dns|ptr", "/ip/{ip}/reverse" },
    { "firewall", "/ip/{ip}/firewall" },
    { "mail|email|mailbox|e-mail", "/email" },
    { "bill|invoice|receipt", "/me/bill" },
    { "payment|payment method|credit card|card|bank account", "/me/payment /me/paymentMean" },
    { "order|buy|purchase|cart|basket", "/order/cart" },
    { "ssh key|sshkey|public key", "/me/sshKey /cloud/project/{serviceName}/sshkey" },
    { "api key|application|app key", "/me/api/application" },
    { "token|consumer key|credential|api credential", "/me/api/credential" },
    { "2fa|mfa|two factor|totp|yubikey", "/me/accessRestriction" },
    { "account|me|profile|nic", "/me" },
    { "user|sub user|subuser|iam user", "/me/identity/user /cloud/project/{serviceName}/user" },
    { "kubernetes|k8s|kube|managed kubernetes", "/cloud/project/{serviceName}/kube /kube" },
    { "load balancer|loadbalancer|lb",
        "/ipLoadbalancing /cloud/project/{serviceName}/loadbalancer" },
    { "volume|disk|block storage", "/cloud/project/{serviceName}/volume" },
    { "object storage|s3|swift|bucket",
        "/cloud/project/{serviceName}/storage "
        "/cloud/project/{serviceName}/region/{regionName}/storage" },
    { "private network|vlan|vrack", "/vrack /cloud/project/{serviceName}/network/private" },
    { "database|db|mysql|postgresql|postgres|mongodb|redis",
        "/cloud/project/{serviceName}/database /hosting/privateDatabase" },
    { "web hosting|hosting|website|webhosting", "/hosting/web" },
    { "certificate|ssl|tls", "/ssl" },
    { "phone|voip|telephony|sip", "/telephony" },
    { "text message|sms", "/sms" },
    { "ticket|support|help", "/support/tickets" },
    { "logs|log|ldp", "/dbaas/logs" },
    { "vmware|private cloud|pcc", "/dedicatedCloud" },
    { "nas|nas ha|file storage", "/dedicated/nasha" },
    { "dsl|adsl|vdsl|fiber|fibre|internet access", "/xdsl" },
    { "os|operating system|template|image",
        "/dedicated/installationTemplate /cloud/project/{serviceName}/image" },
    { "subscription|renew|renewal|service", "/services" },
    { "time|clock", "/auth/time" },
};

QHash<QString, QStringList> byWords()
{
    QHash<QString, QStringList> table;
    for (const EverydayWord& word : everydayWords()) {
        for (const QString& words : word.words)
            table[words] += word.paths;
    }
    return table;
}

} // namespace

const QList<EverydayWord>& everydayWords()
{
    static const QList<EverydayWord> words = [] {
        QList<EverydayWord> list;
        for (const Row& row : rows) {
            list.append({ QString::fromLatin1(row.words).split(QLatin1Char('|')),
                QString::fromLatin1(row.paths).split(QLatin1Char(' ')) });
        }
        return list;
    }();
    return words;
}

QStringList everydayPaths(const QString& words)
{
    static const QHash<QString, QStringList> table = byWords();
    return table.value(words);
}

} // namespace Ovh
