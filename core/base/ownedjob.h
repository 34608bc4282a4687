#pragma once

#include <QObject>

namespace Ovh {

// The one habit for the lifetime of core's jobs (ApiCall, AccountJob, SecretJob, the log-in
// jobs): a job is owned by a parent, and that owner deletes it, by deleteLater(), once it has
// answered. adoptJob() makes `owner` the job's parent (so a job in flight goes with its owner,
// silently) and deletes it after the slots of `finished` have run.
template<class Job, class Signal> Job* adoptJob(QObject* owner, Job* job, Signal finished)
{
    job->setParent(owner);
    QObject::connect(job, finished, job, &QObject::deleteLater);
    return job;
}

} // namespace Ovh
