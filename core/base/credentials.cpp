#include "base/credentials.h"

#include "base/coretr.h"

#include <QDebug>

namespace Ovh {

QString configKey(CredentialField field)
{
    switch (field) {
    case CredentialField::ApplicationKey:
        return QStringLiteral("application_key");
    case CredentialField::ApplicationSecret:
        return QStringLiteral("application_secret");
    case CredentialField::ConsumerKey:
        return QStringLiteral("consumer_key");
    case CredentialField::ClientId:
        return QStringLiteral("client_id");
    case CredentialField::ClientSecret:
        return QStringLiteral("client_secret");
    }
    return QString();
}

QString environmentVariable(CredentialField field)
{
    return QStringLiteral("OVH_") + configKey(field).toUpper();
}

bool isSecret(CredentialField field)
{
    return field == CredentialField::ApplicationSecret || field == CredentialField::ConsumerKey
        || field == CredentialField::ClientSecret;
}

bool isHeaderValue(CredentialField field)
{
    return field == CredentialField::ApplicationKey || field == CredentialField::ConsumerKey
        || field == CredentialField::ClientId;
}

QString credentialValueProblem(CredentialField field, const QString& value)
{
    if (!isHeaderValue(field))
        return QString(); // secrets are hashed or sent in a body, never as a header
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c > 0x20 && c < 0x7f)
            continue;
        QString what;
        if (c == u'\r')
            what = BaseTr::tr("a carriage return");
        else if (c == u'\n')
            what = BaseTr::tr("a line feed");
        else if (c == u' ')
            what = BaseTr::tr("a space");
        else if (c < 0x20 || c == 0x7f)
            what = BaseTr::tr("a control character");
        else
            what = BaseTr::tr("a non-ASCII character");
        return BaseTr::tr("contains %1 (U+%2) at character %3; keys are printable ASCII "
                          "without spaces")
            .arg(what, QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))
            .arg(i + 1);
    }
    return QString();
}

QString Credentials::value(CredentialField field) const
{
    switch (field) {
    case CredentialField::ApplicationKey:
        return applicationKey;
    case CredentialField::ApplicationSecret:
        return applicationSecret;
    case CredentialField::ConsumerKey:
        return consumerKey;
    case CredentialField::ClientId:
        return clientId;
    case CredentialField::ClientSecret:
        return clientSecret;
    }
    return QString();
}

void Credentials::setValue(CredentialField field, const QString& value)
{
    switch (field) {
    case CredentialField::ApplicationKey:
        applicationKey = value;
        break;
    case CredentialField::ApplicationSecret:
        applicationSecret = value;
        break;
    case CredentialField::ConsumerKey:
        consumerKey = value;
        break;
    case CredentialField::ClientId:
        clientId = value;
        break;
    case CredentialField::ClientSecret:
        clientSecret = value;
        break;
    }
}

bool Credentials::isEmpty() const
{
    for (CredentialField field : allCredentialFields) {
        if (!value(field).isEmpty())
            return false;
    }
    return true;
}

bool Credentials::isUsable(CredentialField field) const
{
    const QString text = value(field);
    return !text.isEmpty() && credentialValueProblem(field, text).isEmpty();
}

QString Credentials::invalidValue(const std::function<QString(CredentialField)>& sourceOf) const
{
    for (CredentialField field : allCredentialFields) {
        const QString problem = credentialValueProblem(field, value(field));
        if (problem.isEmpty())
            continue;
        const QString source = sourceOf ? sourceOf(field) : QString();
        return source.isEmpty()
            ? BaseTr::tr("%1: %2").arg(configKey(field), problem)
            : BaseTr::tr("%1 (from %2): %3").arg(configKey(field), source, problem);
    }
    return QString();
}

QList<CredentialField> Credentials::missingFields() const
{
    QList<CredentialField> result;
    if (isComplete())
        return result;
    const bool oauth2 = (!clientId.isEmpty() || !clientSecret.isEmpty()) && applicationKey.isEmpty()
        && applicationSecret.isEmpty() && consumerKey.isEmpty();
    const std::array<CredentialField, 3> triple { CredentialField::ApplicationKey,
        CredentialField::ApplicationSecret, CredentialField::ConsumerKey };
    const std::array<CredentialField, 2> pair { CredentialField::ClientId,
        CredentialField::ClientSecret };
    auto collect = [this, &result](const auto& fields) {
        for (CredentialField field : fields) {
            if (value(field).isEmpty())
                result.append(field);
        }
    };
    if (oauth2)
        collect(pair);
    else
        collect(triple);
    return result;
}

QString Credentials::missing() const
{
    const QString invalid = invalidValue();
    if (!invalid.isEmpty())
        return invalid;
    const QList<CredentialField> fields = missingFields();
    if (fields.isEmpty())
        return QString();
    QStringList parts;
    for (CredentialField field : fields)
        parts << QStringLiteral("%1 (%2)").arg(configKey(field), environmentVariable(field));
    return BaseTr::tr("missing %1").arg(parts.join(QLatin1String(", ")));
}

bool operator==(const Credentials& a, const Credentials& b)
{
    return a.applicationKey == b.applicationKey && a.applicationSecret == b.applicationSecret
        && a.consumerKey == b.consumerKey && a.clientId == b.clientId
        && a.clientSecret == b.clientSecret;
}

QDebug operator<<(QDebug debug, const Credentials& credentials)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Ovh::Credentials(";
    bool first = true;
    for (CredentialField field : allCredentialFields) {
        if (!first)
            debug << ", ";
        first = false;
        debug << configKey(field) << (credentials.value(field).isEmpty() ? "=<unset>" : "=<set>");
    }
    debug << ')';
    return debug;
}

} // namespace Ovh
