#pragma once

#include "saved/savedrequest.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Ovh {

// Saved requests as a JSON file to share with a colleague:
//   {"format": "ovh-api-explorer-saved-requests", "version": 1,
//    "requests": [{"name": …, "operation": "GET /me", "values": {…}}, …]}
// Never a secret: the values are written and read without them (withoutSecretValues). Reading
// checks everything and takes all the requests or none.
namespace SavedRequestFile {

inline constexpr qint64 MaxBytes = 10 * 1024 * 1024;
inline constexpr int MaxRequests = 10000;

QByteArray toJson(const QList<SavedRequest>& requests);
// The requests of `json` (ids 0), or nullopt with `*error` for a person.
std::optional<QList<SavedRequest>> fromJson(const QByteArray& json, QString* error);

// Writes `requests` to `path` atomically; false with `*error` when it cannot.
bool write(const QString& path, const QList<SavedRequest>& requests, QString* error);
// Reads the file at `path` (at most MaxBytes); nullopt with `*error` when it cannot.
std::optional<QList<SavedRequest>> read(const QString& path, QString* error);

} // namespace SavedRequestFile

} // namespace Ovh
