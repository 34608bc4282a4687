#include "saved/savedrequestfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace Ovh::SavedRequestFile {

namespace {

const QString formatName = QStringLiteral("ovh-api-explorer-saved-requests");
constexpr int formatVersion = 1;

std::optional<QList<SavedRequest>> failWith(QString* error, const QString& message)
{
    *error = message;
    return std::nullopt;
}

} // namespace

QByteArray toJson(const QList<SavedRequest>& requests)
{
    QJsonArray array;
    for (const SavedRequest& request : requests) {
        array.append(QJsonObject { { QStringLiteral("name"), request.name },
            { QStringLiteral("operation"), request.operation },
            { QStringLiteral("values"), withoutSecretValues(request.values) } });
    }
    const QJsonObject root { { QStringLiteral("format"), formatName },
        { QStringLiteral("version"), formatVersion }, { QStringLiteral("requests"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<SavedRequest>> fromJson(const QByteArray& json, QString* error)
{
    if (json.size() > MaxBytes) {
        return failWith(error,
            SavedTr::tr("The file is too large for saved requests (more than %1 MB).")
                .arg(MaxBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(error,
            SavedTr::tr("The file is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        return failWith(
            error, SavedTr::tr("The file does not hold saved requests of this program."));
    }
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        return failWith(error,
            SavedTr::tr("The file's format version %1 is not one this program reads (%2).")
                .arg(root.value(QStringLiteral("version")).toVariant().toString())
                .arg(formatVersion));
    }
    const QJsonValue list = root.value(QStringLiteral("requests"));
    if (!list.isArray())
        return failWith(error, SavedTr::tr("The file has no list of requests."));
    const QJsonArray array = list.toArray();
    if (array.size() > MaxRequests) {
        return failWith(error,
            SavedTr::tr("The file holds %1 requests; at most %2 can be imported at once.")
                .arg(array.size())
                .arg(MaxRequests));
    }
    QList<SavedRequest> requests;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QString where = SavedTr::tr("Request %1 of the file").arg(i + 1);
        SavedRequest request;
        request.name = item.value(QStringLiteral("name")).toString().simplified();
        request.operation = item.value(QStringLiteral("operation")).toString();
        const QJsonValue values = item.value(QStringLiteral("values"));
        if (!array.at(i).isObject())
            return failWith(error, SavedTr::tr("%1 is not an object.").arg(where));
        if (request.name.isEmpty() || request.name.size() > MaxSavedNameLength) {
            return failWith(error,
                SavedTr::tr("%1 needs a name of 1 to %2 characters.")
                    .arg(where)
                    .arg(MaxSavedNameLength));
        }
        if (!isOperationKey(request.operation)) {
            return failWith(
                error, SavedTr::tr("%1 has no operation such as \"GET /me\".").arg(where));
        }
        if (!values.isUndefined() && !values.isObject())
            return failWith(error, SavedTr::tr("%1 has values that are not an object.").arg(where));
        request.values = withoutSecretValues(values.toObject());
        requests.append(request);
    }
    return requests;
}

bool write(const QString& path, const QList<SavedRequest>& requests, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(requests)) < 0 || !file.commit()) {
        *error = SavedTr::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<SavedRequest>> read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failWith(error,
            SavedTr::tr("Could not read %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // One byte more than allowed tells a file that is too large without reading it all.
    return fromJson(file.read(MaxBytes + 1), error);
}

} // namespace Ovh::SavedRequestFile
