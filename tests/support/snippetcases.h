#pragma once

#include "base/endpoint.h"
#include "call/callrequest.h"

#include <QList>
#include <QString>

namespace OvhTest {

// One row of a snippet case table (tests/data/snippets/cases.json and its siblings): the
// request the explorer builds for those inputs, and the endpoint it is for.
struct SnippetCase
{
    QString name;
    Ovh::CallRequest request;
    Ovh::Endpoint endpoint;
    QString problem; // why the case could not be built; empty when it could
};

// tests/data/snippets
QString snippetsDir();
// Every case of `file` (relative to snippetsDir()), built against the eu snapshot of the
// source tree; fatal when the file cannot be read.
QList<SnippetCase> loadSnippetCases(const QString& file);
// The golden table, cases.json, loaded once.
const QList<SnippetCase>& snippetCases();
// The v2 calls' table, v2cases.json (the hand-made v2 product, v2 base URLs), loaded once.
const QList<SnippetCase>& v2SnippetCases();
// A case of either table.
const SnippetCase* findSnippetCase(const QString& name);

} // namespace OvhTest
