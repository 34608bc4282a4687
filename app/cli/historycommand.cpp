#include "cli/historycommand.h"

#include "base/jsontext.h"
#include "history/historystore.h"
#include "text/displaytext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ovh::Cli {

namespace {

const QString fromHistoryOption = QStringLiteral("--from-history");
const QString redactedValue = QStringLiteral("[redacted]");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A body as JSON when it is JSON (and whole), else as text.
QJsonValue bodyJson(const QByteArray& body, bool truncated)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    const QJsonValue json = truncated ? QJsonValue(QJsonValue::Undefined) : parseJsonValue(body);
    return json.isUndefined() ? QJsonValue(QString::fromUtf8(body)) : json;
}

QJsonObject summaryJson(const HistoryEntry& entry)
{
    return QJsonObject {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs) },
        { QStringLiteral("endpoint"), entry.endpoint },
        { QStringLiteral("profile"), textOrNull(entry.profile) },
        { QStringLiteral("method"), entry.method },
        { QStringLiteral("path"), entry.pathTemplate },
        { QStringLiteral("url"), entry.url },
        { QStringLiteral("status"), entry.status },
        { QStringLiteral("failure"), textOrNull(entry.failure) },
        { QStringLiteral("error"), textOrNull(entry.error) },
        { QStringLiteral("elapsed_ms"), entry.elapsedMs },
        { QStringLiteral("query_id"), textOrNull(entry.queryId) },
    };
}

QString statusText(const HistoryEntry& entry)
{
    return entry.status ? QString::number(entry.status) : entry.failure;
}

void printJson(const QJsonValue& value)
{
    printOut(QString::fromUtf8(indentedJson(value)) + QLatin1Char('\n'));
}

// A recorded value as `-p name=` reads it back: a string as written, anything else as JSON.
QString parameterText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString::fromUtf8(compactJson(value));
}

// The -p names given in `arguments` (-p a=1, -pa=1, --param a=1, --param=a=1).
QStringList givenParameterNames(const QStringList& arguments)
{
    QStringList names;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString value;
        if ((argument == QLatin1String("-p") || argument == QLatin1String("--param"))
            && i + 1 < arguments.size())
            value = arguments.at(++i);
        else if (argument.startsWith(QLatin1String("--param=")))
            value = argument.mid(8);
        else if (argument.startsWith(QLatin1String("-p")) && argument.size() > 2
            && !argument.startsWith(QLatin1String("--")))
            value = argument.mid(2);
        else
            continue;
        names << value.section(QLatin1Char('='), 0, 0);
    }
    return names;
}

bool givesOption(const QStringList& arguments, const QString& option)
{
    for (const QString& argument : arguments) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace

HistoryCommand::HistoryCommand(HistoryStore* store, QObject* parent)
    : Command(parent)
    , m_store(store)
{ }

int HistoryCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The calls sent by the window and by 'call', newest first (%1). 'history show ID' prints "
        "one whole, with its request and response; 'call --from-history ID' sends it again.")
                                         .arg(m_store->file()));
    parser.addHelpOption();
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("Only calls holding every word of TEXT (in the path, URL, values or "
                       "bodies; any case)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("At most N calls (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Print JSON: an array of calls (id, time, endpoint, profile, method, path, "
                       "url, status, elapsed_ms, query_id, ...), or the one call shown."));
    parser.addOptions({ filterOption, limitOption, jsonOption });
    parser.addPositionalArgument(QStringLiteral("show"),
        QStringLiteral("show ID: one call with its request and response; clear: forget every "
                       "call."),
        QStringLiteral("[show ID | clear]"));
    if (const int code = parseCommandLine(parser, arguments); code != Pending)
        return code;
    const QStringList positional = parser.positionalArguments();
    const bool json = parser.isSet(jsonOption);
    if (positional == QStringList { QStringLiteral("clear") })
        return clear();
    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("show") || positional.size() != 2) {
            printErr(QStringLiteral("usage: history [--filter TEXT] [--limit N] [--json], "
                                    "history show ID [--json], or history clear\n"));
            return Usage;
        }
        return show(positional.at(1), json);
    }
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1) {
        printErr(
            QStringLiteral("--limit takes a number from 1: '%1'\n").arg(parser.value(limitOption)));
        return Usage;
    }
    return list(parser.value(filterOption), limit, json);
}

int HistoryCommand::list(const QString& filter, int limit, bool json)
{
    const QList<HistoryEntry> entries = m_store->list(filter, limit);
    if (!m_store->errorString().isEmpty()) {
        printErr(QStringLiteral("error: %1\n").arg(m_store->errorString()));
        return Failure;
    }
    if (json) {
        QJsonArray array;
        for (const HistoryEntry& entry : entries)
            array.append(summaryJson(entry));
        printJson(array);
        return Success;
    }
    for (const HistoryEntry& entry : entries) {
        QString line
            = QStringLiteral("%1  %2  %3  %4 %5  %6")
                  .arg(entry.id, 5)
                  .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                  .arg(statusText(entry), -7)
                  .arg(entry.method, -6)
                  .arg(entry.pathTemplate, entry.endpoint);
        if (!entry.profile.isEmpty())
            line += QStringLiteral(" (%1)").arg(entry.profile);
        printOut(terminalSafe(line) + QLatin1Char('\n'));
    }
    return Success;
}

int HistoryCommand::clear()
{
    const qint64 count = m_store->count();
    if (!m_store->errorString().isEmpty() || !m_store->clear()) {
        printErr(QStringLiteral("error: %1\n").arg(m_store->errorString()));
        return Failure;
    }
    printErr(
        QStringLiteral("history cleared: %1 forgotten\n")
            .arg(count == 1 ? QStringLiteral("1 call") : QStringLiteral("%1 calls").arg(count)));
    return Success;
}

int HistoryCommand::show(const QString& idText, bool json)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id < 1) {
        printErr(QStringLiteral("history show: '%1' is not an entry number\n").arg(idText));
        return Usage;
    }
    const std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry) {
        if (!m_store->errorString().isEmpty()) {
            printErr(QStringLiteral("error: %1\n").arg(m_store->errorString()));
            return Failure;
        }
        printErr(QStringLiteral("history: no entry %1\n").arg(id));
        return Usage;
    }
    if (json) {
        QJsonObject object = summaryJson(*entry);
        QJsonObject headers;
        for (const auto& [name, value] : entry->responseHeaders)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        object.insert(QStringLiteral("values"), entry->values);
        object.insert(QStringLiteral("request"),
            QJsonObject { { QStringLiteral("body_kind"), entry->bodyKind },
                { QStringLiteral("body"), bodyJson(entry->requestBody, entry->requestTruncated()) },
                { QStringLiteral("body_size"), entry->requestBodySize },
                { QStringLiteral("truncated"), entry->requestTruncated() } });
        object.insert(QStringLiteral("response"),
            QJsonObject { { QStringLiteral("headers"), headers },
                { QStringLiteral("body"),
                    bodyJson(entry->responseBody, entry->responseTruncated()) },
                { QStringLiteral("body_size"), entry->responseBodySize },
                { QStringLiteral("truncated"), entry->responseTruncated() } });
        printJson(object);
        return Success;
    }
    QString text = QStringLiteral("%1 %2\n").arg(entry->method, entry->url);
    text += QStringLiteral("operation: %1 %2\n").arg(entry->method, entry->pathTemplate);
    text += QStringLiteral("endpoint: %1%2\n")
                .arg(entry->endpoint,
                    entry->profile.isEmpty() ? QString()
                                             : QStringLiteral(" (profile %1)").arg(entry->profile));
    text += QStringLiteral("time: %1\n").arg(entry->time.toString(Qt::ISODateWithMs));
    if (!entry->values.isEmpty())
        text += QStringLiteral("values: %1\n").arg(QString::fromUtf8(compactJson(entry->values)));
    const auto bodyText = [](const QByteArray& body, bool truncated, qint64 size) -> QString {
        QString shown = truncated ? QString::fromUtf8(body) : indentedJsonText(body);
        if (truncated)
            shown += QStringLiteral("\n[cut: %1 of %2 bytes kept]").arg(body.size()).arg(size);
        return shown + QLatin1Char('\n');
    };
    if (!entry->requestBody.isEmpty())
        text += QStringLiteral("request body:\n")
            + bodyText(entry->requestBody, entry->requestTruncated(), entry->requestBodySize);
    text += QStringLiteral("status: %1 in %2 ms").arg(statusText(*entry)).arg(entry->elapsedMs);
    if (!entry->queryId.isEmpty())
        text += QStringLiteral(", query id %1").arg(entry->queryId);
    text += QLatin1Char('\n');
    if (!entry->error.isEmpty())
        text += QStringLiteral("error: %1\n").arg(entry->error);
    for (const auto& [name, value] : entry->responseHeaders)
        text += QStringLiteral("%1: %2\n")
                    .arg(QString::fromLatin1(name), QString::fromLatin1(value));
    if (!entry->responseBody.isEmpty())
        text += QLatin1Char('\n')
            + bodyText(entry->responseBody, entry->responseTruncated(), entry->responseBodySize);
    printOut(terminalSafe(text, LineBreaks::Keep));
    return Success;
}

QStringList callFromHistory(const QStringList& arguments, HistoryStore* store, QString* error)
{
    QStringList rest;
    QString idText;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == fromHistoryOption && i + 1 < arguments.size())
            idText = arguments.at(++i);
        else if (argument.startsWith(fromHistoryOption + QLatin1Char('=')))
            idText = argument.mid(fromHistoryOption.size() + 1);
        else if (argument == fromHistoryOption)
            idText = QStringLiteral("(missing)");
        else
            rest << argument;
    }
    if (idText.isNull())
        return arguments;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id < 1) {
        *error = QStringLiteral("--from-history: '%1' is not an entry number (see "
                                "'ovh-explorer-cli history')")
                     .arg(idText);
        return {};
    }
    const std::optional<HistoryEntry> entry = store->entry(id);
    if (!entry) {
        *error = store->errorString().isEmpty()
            ? QStringLiteral("--from-history: no entry %1 in the history").arg(id)
            : QStringLiteral("--from-history: %1").arg(store->errorString());
        return {};
    }
    if (!givesOption(rest, QStringLiteral("--endpoint")))
        rest << QStringLiteral("--endpoint") << entry->endpoint;
    const QStringList given = givenParameterNames(rest);
    const bool bodyGiven = givesOption(rest, QStringLiteral("--body"));
    const bool namedBody = entry->bodyKind == QLatin1String("parameters")
        || entry->bodyKind == QLatin1String("model") || entry->bodyKind == QLatin1String("map");
    QStringList locations { QStringLiteral("path"), QStringLiteral("query") };
    if (namedBody && !bodyGiven)
        locations << QStringLiteral("body");
    for (const QString& location : std::as_const(locations)) {
        const QJsonObject values = entry->values.value(location).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (given.contains(it.key()))
                continue;
            if (it.value() == QJsonValue(redactedValue)) {
                *error = QStringLiteral("--from-history: the value of '%1' was a secret, which "
                                        "the history does not keep: give it with -p %1=VALUE")
                             .arg(it.key());
                return {};
            }
            rest << QStringLiteral("-p") << it.key() + QLatin1Char('=') + parameterText(it.value());
        }
    }
    if (!namedBody && !bodyGiven && !entry->requestBody.isEmpty()) {
        if (entry->requestTruncated() || entry->requestBody.contains(redactedValue.toUtf8())) {
            *error = QStringLiteral("--from-history: the body of entry %1 was not kept whole "
                                    "(too long, or a secret left out): give it with --body")
                         .arg(id);
            return {};
        }
        rest << QStringLiteral("--body") << QString::fromUtf8(entry->requestBody);
    }
    rest << entry->method << entry->pathTemplate;
    return rest;
}

} // namespace Ovh::Cli
