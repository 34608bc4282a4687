#include "window/relaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

#include <cstdio>

namespace Ovh {

Relaunch::Relaunch(QStringList given)
    : m_given(std::move(given))
{ }

Relaunch::~Relaunch()
{
    if (!m_endpoint)
        return;
    QString error;
    if (!start(&error))
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
}

void Relaunch::setLeft(const QStringList& left)
{
    // QApplication removes its options in place and keeps the order of the others: what is
    // not next in `left` was its own.
    m_qtOwn.clear();
    qsizetype next = 1;
    for (qsizetype i = 1; i < m_given.size(); ++i) {
        if (next < left.size() && m_given.at(i) == left.at(next))
            ++next;
        else
            m_qtOwn << m_given.at(i);
    }
}

QStringList Relaunch::arguments(const QString& endpoint) const
{
    return m_qtOwn + m_kept + QStringList { QStringLiteral("--endpoint"), endpoint };
}

bool Relaunch::start(QString* error)
{
    const QString program
        = m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program;
    const QStringList args = arguments(m_endpoint.value_or(QString()));
    m_endpoint.reset();
    if (QProcess::startDetached(program, args, QDir::currentPath()))
        return true;
    if (error) {
        *error = QCoreApplication::translate("Ovh::Relaunch", "Could not start %1 again.")
                     .arg(QDir::toNativeSeparators(program));
    }
    return false;
}

} // namespace Ovh
