#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Ovh {

// The path parameter values used lately, per endpoint, so that a value typed once follows the
// person to the next operation (zoneName, serviceName, projectId…). Fed by the history's calls
// (RecentValuesFeed) and by what is typed in the window this session; kept in memory, bounded.
//
// A use is a value of a parameter at its place in a path: its anchor, the path template up to
// and including the parameter ("/domain/zone/{zoneName}" for zoneName in
// "/domain/zone/{zoneName}/record/{id}"). Offers go by name; the value filled in by itself
// goes by anchor, so that a VPS's serviceName never lands in a dedicated server's operation,
// nor a record's id in a redirection's.
class RecentValues final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentValues)

public:
    static constexpr int DefaultLimit = 20;
    // Uses kept per endpoint: the oldest go first.
    static constexpr int MaxUsesPerEndpoint = 2000;

    explicit RecentValues(QObject* parent = nullptr);
    ~RecentValues() override;

    // One use of path values: `values` ({name: value}, as HistoryEntry::values["path"] holds
    // them) in `pathTemplate` on `endpoint` at `time`.
    struct PathUse
    {
        QString endpoint;
        QString pathTemplate;
        QJsonObject values;
        QDateTime time;
    };

    // Records that `pathValues` were used in `pathTemplate` on `endpoint` at `time`. Empty
    // values are not uses.
    void note(const QString& endpoint, const QString& pathTemplate, const QJsonObject& pathValues,
        const QDateTime& time = QDateTime::currentDateTimeUtc());
    // Records `uses` with one changed() per endpoint. Fastest newest first (as the history
    // reads them): a value already known from a later use is then skipped at once.
    void note(const QList<PathUse>& uses);

    // The values of parameters called `name` on `endpoint`, most recent first, each once, at
    // most `limit`: those used at `anchor` first (when given), then the others.
    QStringList values(const QString& endpoint, const QString& name,
        const QString& anchor = QString(), int limit = DefaultLimit) const;
    // The value most recently used at `anchor` on `endpoint`; empty when none.
    QString latest(const QString& endpoint, const QString& anchor) const;

    // "/domain/zone/{zoneName}" for "zoneName" in "/domain/zone/{zoneName}/record/{id}";
    // empty when the template has no such parameter.
    static QString anchor(const QString& pathTemplate, const QString& name);

signals:
    // New uses on `endpoint`.
    void changed(const QString& endpoint);

private:
    bool add(const PathUse& use);

    struct Use
    {
        QString anchor;
        QString name;
        QString value;
        qint64 timeMs = 0;
    };
    struct Uses
    {
        QList<Use> newestFirst;
        QHash<QString, qint64> times; // anchor + '\n' + value -> time of its use
    };
    QHash<QString, Uses> m_uses; // per endpoint
};

} // namespace Ovh
