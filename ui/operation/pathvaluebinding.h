#pragma once

#include "schema/schema.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Ovh {

class ParameterForm;
class RecentValues;

// Binds the path fields of a ParameterForm to RecentValues, so that a value typed once follows
// the person: each path field offers the values of its name used lately on the endpoint (most
// recent first), a field still empty when the operation opens gets the value last used at its
// place in a path (the list → detail move), and what the person types is told back. It never
// replaces a value already there (typed, or restored from the operation's memory).
class PathValueBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathValueBinding)

public:
    explicit PathValueBinding(ParameterForm* form, QObject* parent = nullptr);
    ~PathValueBinding() override;

    // Owned by the caller; null: nothing offered or filled.
    void setRecentValues(RecentValues* values);
    // Where the values are used, as the history names it (Endpoint::displayName()).
    void setEndpoint(const QString& endpoint);

    // After the form was built for `operation` and its remembered values restored: fills the
    // empty path fields (unless `fillEmpty` is false: the values given are kept as they are)
    // and offers the recent values in each.
    void attach(const Operation& operation, bool fillEmpty = true);
    // Before the form changes operation: tells what was typed, then lets go of the fields.
    void detach();
    // Tells RecentValues the path values the person typed since the last time.
    void noteTyped();

private:
    void offer();

    ParameterForm* m_form;
    QPointer<RecentValues> m_values;
    QString m_endpoint;
    QString m_pathTemplate; // of the attached operation; empty when none
    QStringList m_names; // its path parameters, in path order
    QSet<QString> m_typed; // those edited since the last noteTyped()
};

} // namespace Ovh
