#pragma once

#include <QList>
#include <QString>

namespace Ovh {

// Why a request cannot be built from what was entered. Nothing is sent while there is one.
struct CallError
{
    enum class Kind : quint8 {
        UnknownParameter, // a name the operation (or the body model) does not declare
        Missing, // a required value left empty
        InvalidValue, // does not read as its type ("abc" for a long, "1.2.3" for an ip)
        NotInEnum, // not one of the enum's values
        ReadOnly, // a read-only property of a body model was given
        NotNullable, // null where the schema does not allow it
        TooManyValues, // several texts for a parameter that takes one value
        InvalidJson, // JSON text that does not parse (raw body, `name=<json>`)
        UnexpectedBody, // a body for an operation that declares none
        Conflict, // a raw body and body values at once
        DuplicateKey, // a key twice in one JSON object: which one a server keeps is anyone's guess
    };

    Kind kind = Kind::InvalidValue;
    // What the error is about, as the person named it: "zoneName", "body.target" (a property
    // of the unnamed body), "contact.address.city", "ids[2]", "config.key", or "body".
    QString field;
    // The reason, for a person: "\"abc\" is not an integer".
    QString message;

    // "field: message"
    QString toString() const;
};

using CallErrors = QList<CallError>;

bool operator==(const CallError& a, const CallError& b);
inline bool operator!=(const CallError& a, const CallError& b)
{
    return !(a == b);
}

} // namespace Ovh
