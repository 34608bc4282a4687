#pragma once

#include "session/allpages.h"

#include <QObject>

namespace Ovh::Cli {

// `call --all-pages`: every page of a cursor-paged v2 list through the command's session,
// printed as one JSON array. finished(exit code) once it is printed: Success when the last
// page came, Failure otherwise (the elements gathered are printed all the same, the reason on
// stderr).
class AllPagesOutput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPagesOutput)

public:
    AllPagesOutput(CallSession* session, const CallRequest& first, bool json, QObject* parent);
    void start();

signals:
    void finished(int exitCode);

private:
    void report(const AllPagesResult& result);

    AllPagesJob* m_job;
    bool m_json;
};

} // namespace Ovh::Cli
