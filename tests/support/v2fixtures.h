#pragma once

#include "base/endpoint.h"
#include "fakenetwork.h"
#include "schema/schema.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

// A hand-made v2 product (tests/data/v2branch, in the v1 format the parser reads) with the
// v2 constructs the calls need: header parameters X-Pagination-Cursor / X-Pagination-Size, a
// query array, a model body. Stands for the OpenAPI reader's output in call and snippet tests.
namespace OvhTest {

inline const QString kV2PolicyPath = QStringLiteral("/iam/policy");

QString v2BranchDir();
const Ovh::Product& v2IamProduct();
// A product of the real bundled v2 snapshot ("iam", "vrackServices", …) as the OpenAPI reader
// reads it; empty when there is none.
Ovh::Product realV2Product(const QString& name);
const Ovh::Operation& v2Operation(Ovh::HttpMethod method, const QString& path);
// A real v2 operation with named request examples, its product and those examples.
struct ExampleOperation
{
    Ovh::Product product;
    Ovh::Operation operation;
    QList<Ovh::OperationExample> examples; // of kind Request
};
// iam's POST /iam/policy: one example.
ExampleOperation policyCreation();
// vrackServices' PUT /vrackServices/resource/{vrackServicesId}: four examples.
ExampleOperation vrackResourceUpdate();
// An example's JSON (Operation::examples hold any value: an object, a string…).
QJsonValue exampleValue(const QByteArray& json);

// https://eu.api.ovh.com/v2 (ovh-eu's v2 branch).
Ovh::Endpoint v2Endpoint();

// [0, 1, …, count - 1]
QJsonArray numbers(int count);
// Page i of a list of `pages` pages of `perPage` numbers, as a v2 list answers when asked with
// X-Pagination-Cursor "c<i>" (none: the first): X-Pagination-Cursor-Next "c<i+1>" until the
// last page.
FakeNetwork::Answer numberPage(const FakeNetwork::Request& request, int pages, int perPage);
FakeNetwork::Script numberPages(int pages, int perPage);

} // namespace OvhTest
