#pragma once

#include "saved/savedrequest.h"

#include <QList>
#include <QStringList>

namespace OvhTest {

inline Ovh::SavedRequest savedRequest(
    const QString& name, const QString& operation, const QJsonObject& values = {})
{
    Ovh::SavedRequest saved;
    saved.name = name;
    saved.operation = operation;
    saved.values = values;
    return saved;
}

inline QStringList savedNames(const QList<Ovh::SavedRequest>& requests)
{
    QStringList names;
    for (const Ovh::SavedRequest& saved : requests)
        names << saved.name;
    return names;
}

inline QList<qint64> savedIds(const QList<Ovh::SavedRequest>& requests)
{
    QList<qint64> ids;
    for (const Ovh::SavedRequest& saved : requests)
        ids << saved.id;
    return ids;
}

// "a b c": the names a, b and c.
inline QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace OvhTest
