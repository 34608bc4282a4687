#pragma once

#include "cli/clicommand.h"

#include <QStringList>

namespace Ovh {
struct SchemaSet;
class ExplorerServices;
} // namespace Ovh

namespace Ovh::Cli {

// The hidden `complete` command behind the shell completion (resources/completion): given the
// command line up to the cursor, prints the candidates for the word being typed, one a line.
//   ovh-explorer-cli complete [--word CUR] -- LINE
// CUR is the shell's own current word, a suffix of the last word of LINE when the shell split
// it at `:` or `=`; candidates are printed relative to it. Never touches the network: paths
// come from the schema cache (or the bundled snapshot) of the endpoint on the line.
class CompleteCommand final : public Command
{
    Q_OBJECT

public:
    CompleteCommand(ExplorerServices* services, QObject* parent);
    ~CompleteCommand() override;
    int start(const QStringList& arguments) override;

    // Shell-like words of `line`; the last is the word under the cursor (empty after a space).
    static QStringList splitWords(const QString& line);

private:
    struct OptionInfo
    {
        QString name; // "--endpoint", "-p"
        QString placeholder; // "E", "keychain|file"; empty for a flag
    };

    int complete();
    QList<OptionInfo> optionsOf(const QString& command) const;
    QStringList optionValues(const OptionInfo& option) const;
    int completeFromSchema();
    void onSchemaLoaded(const SchemaSet& schema);
    int print(const QStringList& candidates);

    ExplorerServices* m_services; // the schema cache and bundled snapshot, offline
    QStringList m_words; // words[0] is the program
    QString m_shellWord;
    // What the line says so far, for the schema completions.
    QString m_command;
    QStringList m_positional; // complete positional words
    QString m_endpointText;
    QString m_cacheDir;
    enum class Want { Nothing, Path, ParamName } m_want = Want::Nothing;
    QString m_current;
};

} // namespace Ovh::Cli
