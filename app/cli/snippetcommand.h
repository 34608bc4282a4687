#pragma once

#include "cli/callcommand.h"
#include "snippets/snippets.h"

namespace Ovh::Cli {

// snippet --lang python|php|node|go|shell METHOD PATH [-p name=value]... [--body JSON]: prints
// the script that sends the same request as `call` with the same arguments, for the endpoint
// of --endpoint. Needs no credentials and never prints one: the script reads its own (--profile
// is only checked, so the same arguments as `call` work).
class SnippetCommand final : public RequestCommand
{
    Q_OBJECT

public:
    using RequestCommand::RequestCommand;

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString usageLine() const override;
    QString checkOptions(
        const QCommandLineParser& parser, SchemaRepository::Options& options) override;
    int onSchemaLoaded(const SchemaSet& schema) override;

private:
    SnippetLanguage m_language = SnippetLanguage::Python;
};

} // namespace Ovh::Cli
