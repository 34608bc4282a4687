#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Ovh {

// The translation context of core/saved's messages.
struct SavedTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Saved)
};

// A request the person saved under a name: an operation and the values of its form. A plain
// value; never a secret (see withoutSecretValues).
struct SavedRequest
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString operation; // "POST /domain/zone/{zoneName}/record"
    // ParameterForm::rememberedValues()' format: {"path/zoneName": "example.com", …}.
    QJsonObject values;

    bool operator==(const SavedRequest& other) const
    {
        return id == other.id && name == other.name && operation == other.operation
            && values == other.values;
    }
};

// `values` (the form's format) without a secret: the secret-named fields ("body/password"),
// the secret-named keys inside objects, and those inside a raw JSON body are removed.
QJsonObject withoutSecretValues(const QJsonObject& values);

inline constexpr int MaxSavedNameLength = 200;
// `name` as kept: blanks simplified, at most MaxSavedNameLength characters (empty: no name).
QString savedName(const QString& name);

// "POST /domain/zone/{zoneName}/record": an HTTP method the API uses, one space, a path.
bool isOperationKey(const QString& text);

} // namespace Ovh
