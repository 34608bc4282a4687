#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace OvhTest {

// Translates only the messages of its table, the way a French .qm would: a message outside the
// table, or asked for under another context or disambiguation, stays English. A plural
// message takes "singular|plural", chosen as French does (the first form for 0 and 1).
class TableTranslator : public QTranslator
{
public:
    void add(const char* context, const char* source, const QString& translation,
        const char* disambiguation = nullptr)
    {
        m_table.insert(key(context, source, disambiguation), translation);
    }

    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        const QString text = m_table.value(key(context, source, disambiguation));
        if (n < 0 || !text.contains(QLatin1Char('|')))
            return text;
        return text.section(QLatin1Char('|'), n <= 1 ? 0 : 1, n <= 1 ? 0 : 1);
    }
    bool isEmpty() const override { return m_table.isEmpty(); }

private:
    static QByteArray key(const char* context, const char* source, const char* disambiguation)
    {
        return QByteArray(context) + '\0' + QByteArray(source) + '\0' + QByteArray(disambiguation);
    }

    QHash<QByteArray, QString> m_table;
};

} // namespace OvhTest
