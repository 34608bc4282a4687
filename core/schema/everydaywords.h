#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ovh {

// OVH's everyday words and where the API keeps what they name: "dns" is /domain/zone, "vm" is
// /cloud/project/{serviceName}/instance. One small table, read by the operation search (the
// window's and `ops --filter`), so that people find operations in their own words.
struct EverydayWord
{
    QStringList words; // case-folded; one word or two ("ssh key")
    QStringList paths; // path templates; the operations at or below them are what the words mean
};

const QList<EverydayWord>& everydayWords();

// The paths `words` (one case-folded word, or two separated by a space) stand for; empty when
// the table does not know them.
QStringList everydayPaths(const QString& words);

} // namespace Ovh
