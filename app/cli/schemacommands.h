#pragma once

#include "cli/clicommand.h"
#include "net/schemarepository.h"

#include <QCommandLineParser>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh::Cli {

// The options every schema-reading command shares: --endpoint, --cache-dir, --offline, --json.
class SchemaLoadingCommand : public Command
{
    Q_OBJECT

public:
    SchemaLoadingCommand(QNetworkAccessManager* nam, QObject* parent);
    int start(const QStringList& arguments) final;

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual QString usageTail() const = 0;
    // Called with the parsed parser before loading; returns an error for a person, or empty.
    virtual QString checkOptions(const QCommandLineParser& parser) = 0;
    virtual int report(const SchemaSet& schema) = 0;

    bool jsonOutput() const { return m_json; }

private:
    SchemaRepository m_repository;
    bool m_json = false;
};

// schema: loads every product and reports counts and diagnostics.
class SchemaCommand final : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    using SchemaLoadingCommand::SchemaLoadingCommand;

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString usageTail() const override { return QString(); }
    QString checkOptions(const QCommandLineParser& parser) override;
    int report(const SchemaSet& schema) override;
};

// ops: lists operations, optionally filtered.
class OpsCommand final : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    using SchemaLoadingCommand::SchemaLoadingCommand;

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString usageTail() const override { return QString(); }
    QString checkOptions(const QCommandLineParser& parser) override;
    int report(const SchemaSet& schema) override;

private:
    QString m_filter;
};

} // namespace Ovh::Cli
