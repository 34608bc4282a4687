#include "sandbox/sandboxv2.h"

#include "call/pagination.h"
#include "sandbox/responsesynthesizer.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

namespace Ovh {

namespace {

QByteArray headerValue(
    const QList<std::pair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

// Opaque to clients, like the API's: the offset of the page, base64url.
QByteArray cursorFor(qsizetype offset)
{
    return QByteArray("offset:" + QByteArray::number(offset))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<qsizetype> offsetOf(const QByteArray& cursor, qsizetype count)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("offset:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = decoded.decoded.mid(7).toLongLong(&ok);
    if (!ok || offset <= 0 || offset >= count)
        return std::nullopt;
    return offset;
}

} // namespace

QString SandboxV2Branch::bundledSnapshotDir()
{
    const QString dir = QStringLiteral(":/snapshots/eu/v2");
    return QFile::exists(dir + QLatin1String("/index.json")) ? dir : QString();
}

SandboxV2Branch::SandboxV2Branch(const QString& snapshotDir)
    : m_snapshotDir(snapshotDir)
    , m_documents(std::make_unique<SnapshotServer>(snapshotDir))
    , m_schema(snapshotDir)
{
    m_documents->setBasePath(basePath());
}

SandboxReply SandboxV2Branch::answer(const SandboxSchemaChecker::Match& match,
    const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    const Operation& operation = *match.operation;
    if (operation.method == HttpMethod::Get && takesPageCursor(operation)
        && operation.responseType.kind == TypeKind::Array) {
        return cursorPage(demoList(match), headerValue(headers, Pagination::CursorHeader),
            headerValue(headers, Pagination::SizeHeader));
    }
    return SandboxReply::json(
        ResponseSynthesizer(*match.product, match.pathValues, match.identity())
            .forOperation(operation));
}

SandboxReply cursorPage(const QJsonArray& items, const QByteArray& cursor, const QByteArray& size)
{
    qsizetype pageSize = SandboxV2Branch::DefaultPageSize;
    if (!size.isEmpty()) {
        bool ok = false;
        pageSize = size.trimmed().toLongLong(&ok);
        if (!ok || pageSize < 1 || pageSize > SandboxV2Branch::MaxPageSize) {
            return SandboxReply::clientError(400,
                QStringLiteral("X-Pagination-Size must be a number from 1 to %1")
                    .arg(SandboxV2Branch::MaxPageSize),
                QJsonObject {
                    { QStringLiteral("parameter"), QString::fromLatin1(Pagination::SizeHeader) } });
        }
    }
    qsizetype offset = 0;
    if (!cursor.isEmpty()) {
        const std::optional<qsizetype> given = offsetOf(cursor.trimmed(), items.size());
        if (!given) {
            return SandboxReply::clientError(400, QStringLiteral("Invalid pagination cursor"),
                QJsonObject { { QStringLiteral("parameter"),
                    QString::fromLatin1(Pagination::CursorHeader) } });
        }
        offset = *given;
    }
    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && i < offset + pageSize; ++i)
        page.append(items.at(i));
    SandboxReply reply = SandboxReply::json(page);
    if (offset + pageSize < items.size())
        reply.headers.append({ Pagination::NextCursorHeader, cursorFor(offset + pageSize) });
    return reply;
}

QJsonArray demoList(const SandboxSchemaChecker::Match& match)
{
    const Operation& operation = *match.operation;
    const TypeRef element
        = operation.responseType.element ? *operation.responseType.element : TypeRef();
    QJsonArray items;
    for (int i = 1; i <= SandboxV2Branch::DemoListSize; ++i) {
        const QString name = QStringLiteral("demo-%1").arg(i, 2, 10, QLatin1Char('0'));
        QJsonValue item
            = ResponseSynthesizer(*match.product, match.pathValues, name).value(element, name);
        // Each its own id, stable from one run to the next.
        const QString id = QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
        if (item.isObject()) {
            QJsonObject object = item.toObject();
            if (object.value(QLatin1String("id")).isString())
                object.insert(QLatin1String("id"), id);
            else if (object.value(QLatin1String("id")).isDouble())
                object.insert(QLatin1String("id"), i);
            item = object;
        } else if (item.isString()) {
            item = element.kind == TypeKind::Uuid ? id : name;
        } else if (item.isDouble()) {
            item = i;
        }
        items.append(item);
    }
    return items;
}

} // namespace Ovh
