// Writes a program's man page from its own --help text, so that the page never drifts from the
// help: usage, description, options and arguments, every section the help names (Commands,
// Environment, Files, Exit status, Examples) and, for a command list, each command's --help.
//
//   ovh-manpage PROGRAM OUTPUT SUMMARY [SEE-ALSO...]

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Entry
{
    QString term; // "--endpoint <E>", "OVH_ENDPOINT", "0", an example command line
    QString text; // its description, joined into one paragraph
};

struct Section
{
    QString title; // "Options", "Commands", "Files", ...
    QList<Entry> entries;
    QStringList paragraphs; // lines of the section that are not entries
};

struct Help
{
    QString synopsis; // the usage line without "Usage: " and the program
    QStringList description;
    QList<Section> sections;

    const Section* section(const QString& title) const
    {
        for (const Section& s : sections) {
            if (s.title == title)
                return &s;
        }
        return nullptr;
    }
};

QString g_workDir; // where the program runs, so that no build path reaches the page
QString g_error;

// The program's standard output for `arguments`, run where no build path or home folder of
// this machine can show.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Paths under the home folder read "~/…" in the help and so in the page.
    environment.insert(QStringLiteral("HOME"), QStringLiteral("~"));
    environment.remove(QStringLiteral("XDG_CACHE_HOME"));
    environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
    environment.remove(QStringLiteral("OVH_ENDPOINT"));
    environment.remove(QStringLiteral("LANGUAGE")); // the man page is English, as the CLI
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(g_workDir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        g_error = QStringLiteral("%1 %2 failed").arg(program, arguments.join(QLatin1Char(' ')));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString runHelp(const QString& program, const QStringList& arguments)
{
    return run(program, arguments + QStringList { QStringLiteral("--help") });
}

Help parseHelp(const QString& text)
{
    static const QRegularExpression header(QStringLiteral("^([A-Z][A-Za-z ]*):$"));
    static const QRegularExpression entryStart(
        QStringLiteral("^  (\\S(?:.*?\\S)?)(?: {2,}(\\S.*))?$"));
    static const QRegularExpression continuation(QStringLiteral("^ {3,}(\\S.*)$"));
    Help help;
    Section* current = nullptr;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("Usage: "))) {
            // "Usage: <program> [<command>] rest": the program is the first word.
            const QString rest = line.mid(7);
            help.synopsis = rest.mid(rest.indexOf(QLatin1Char(' ')) + 1);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (const auto match = header.match(line); match.hasMatch()) {
            help.sections.append({ match.captured(1), {}, {} });
            current = &help.sections.last();
            continue;
        }
        if (!current) {
            help.description.append(line.trimmed());
            continue;
        }
        if (const auto match = continuation.match(line);
            match.hasMatch() && !current->entries.isEmpty()) {
            Entry& last = current->entries.last();
            last.text
                += (last.text.isEmpty() ? QString() : QStringLiteral(" ")) + match.captured(1);
            continue;
        }
        if (const auto match = entryStart.match(line); match.hasMatch()) {
            current->entries.append({ match.captured(1), match.captured(2) });
            continue;
        }
        current->paragraphs.append(line.trimmed());
    }
    return help;
}

// Text for roff: backslashes escaped, hyphens as minus signs (options are typed as written),
// a line never starting with a control character.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    return text;
}

QString line(const QString& text)
{
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        return QLatin1String("\\&") + text + QLatin1Char('\n');
    return text + QLatin1Char('\n');
}

// "-p, --param <name=value>": option names bold, placeholders italic.
QString optionTerm(const QString& term)
{
    QString result = roff(term);
    static const QRegularExpression placeholder(QStringLiteral("<([^>]+)>"));
    result.replace(placeholder, QStringLiteral("\\fI\\1\\fR"));
    static const QRegularExpression option(
        QStringLiteral("((?:\\\\-){1,2}[A-Za-z][A-Za-z0-9\\\\-]*)"));
    result.replace(option, QStringLiteral("\\fB\\1\\fR"));
    return result;
}

bool isHelpOption(const Entry& entry)
{
    return entry.term.startsWith(QLatin1String("-h, --help"))
        || entry.term == QLatin1String("--help-all")
        || entry.term.startsWith(QLatin1String("-v, --version"));
}

QString entries(const Section& section, bool options)
{
    QString out;
    for (const Entry& entry : section.entries) {
        if (options && isHelpOption(entry))
            continue;
        out += QLatin1String(".TP\n")
            + line(options ? optionTerm(entry.term)
                           : QStringLiteral("\\fB%1\\fR").arg(roff(entry.term)));
        out += line(roff(entry.text));
    }
    for (const QString& paragraph : section.paragraphs)
        out += QLatin1String(".PP\n") + line(roff(paragraph));
    return out;
}

QString examples(const Section& section)
{
    QString out = QStringLiteral(".PP\n.nf\n.RS 4\n");
    for (const Entry& entry : section.entries)
        out += line(roff(
            entry.term + (entry.text.isEmpty() ? QString() : QLatin1String("  ") + entry.text)));
    return out + QStringLiteral(".RE\n.fi\n");
}

QString synopsis(const QString& name, const QString& rest)
{
    return QStringLiteral(".B %1\n").arg(roff(name)) + line(roff(rest));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: ovh-manpage PROGRAM OUTPUT SUMMARY [SEE-ALSO...]\n", stderr);
        return 2;
    }
    const QString program = arguments.at(1);
    const QString output = arguments.at(2);
    const QString summary = arguments.at(3);
    const QStringList seeAlso = arguments.mid(4);
    const QString name = QFileInfo(program).fileName();

    QTemporaryDir workDir;
    g_workDir = workDir.path();
    const Help help = parseHelp(runHelp(program, {}));
    if (!g_error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(g_error));
        return 1;
    }

    // Version from --version ("name 0.1.0 (git …)"), date from SOURCE_DATE_EPOCH when set, so
    // that a reproducible build writes the same page.
    const QString version
        = run(program, { QStringLiteral("--version") }).section(QLatin1Char(' '), 1, 1);
    if (!g_error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(g_error));
        return 1;
    }
    const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH");
    const QDate date = epoch.isEmpty()
        ? QDate::currentDate()
        : QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), Qt::UTC).date();

    QString page = QStringLiteral(".TH %1 1 \"%2\" \"%3\" \"User Commands\"\n")
                       .arg(name.toUpper(), date.toString(Qt::ISODate),
                           roff(QLatin1String("ovh-api-explorer ") + version));
    page += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roff(name), roff(summary));

    const Section* commands = help.section(QStringLiteral("Commands"));
    QList<QPair<Entry, Help>> commandHelps;
    if (commands) {
        for (const Entry& command : commands->entries) {
            const QString word = command.term.section(QLatin1Char(' '), 0, 0);
            commandHelps.append({ command, parseHelp(runHelp(program, { word })) });
            if (!g_error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(g_error));
                return 1;
            }
        }
    }

    page += QLatin1String(".SH SYNOPSIS\n");
    if (commandHelps.isEmpty()) {
        page += synopsis(name, help.synopsis);
    } else {
        bool first = true;
        for (const auto& [command, commandHelp] : commandHelps) {
            page += (first ? QString() : QStringLiteral(".br\n"))
                + synopsis(name, commandHelp.synopsis);
            first = false;
        }
    }

    page += QLatin1String(".SH DESCRIPTION\n");
    for (const QString& paragraph : help.description)
        page += line(roff(paragraph));
    if (commands) {
        for (const QString& paragraph : commands->paragraphs)
            page += QLatin1String(".PP\n") + line(roff(paragraph));
    }

    if (const Section* options = help.section(QStringLiteral("Options")))
        page += QLatin1String(".SH OPTIONS\n") + entries(*options, true);
    if (const Section* positional = help.section(QStringLiteral("Arguments")))
        page += QLatin1String(".SH ARGUMENTS\n") + entries(*positional, false);

    if (!commandHelps.isEmpty()) {
        page += QLatin1String(".SH COMMANDS\n");
        for (const auto& [command, commandHelp] : commandHelps) {
            const QString word = command.term.section(QLatin1Char(' '), 0, 0);
            page += QStringLiteral(".SS %1\n").arg(roff(word));
            page += line(roff(command.text));
            page += QLatin1String(".PP\n") + synopsis(name, commandHelp.synopsis);
            for (const QString& paragraph : commandHelp.description)
                page += QLatin1String(".PP\n") + line(roff(paragraph));
            if (const Section* options = commandHelp.section(QStringLiteral("Options")))
                page += entries(*options, true);
            if (const Section* positional = commandHelp.section(QStringLiteral("Arguments")))
                page += entries(*positional, false);
        }
    }

    for (const Section& section : help.sections) {
        static const QStringList handled { QStringLiteral("Options"), QStringLiteral("Arguments"),
            QStringLiteral("Commands") };
        if (handled.contains(section.title))
            continue;
        page += QStringLiteral(".SH %1\n").arg(roff(section.title.toUpper()));
        page += section.title == QLatin1String("Examples") ? examples(section)
                                                           : entries(section, false);
    }

    if (!seeAlso.isEmpty()) {
        QStringList references;
        for (const QString& other : seeAlso)
            references.append(QStringLiteral("\\fB%1\\fR(1)").arg(roff(other)));
        page += QLatin1String(".SH SEE ALSO\n") + references.join(QLatin1String(", "))
            + QLatin1Char('\n');
    }

    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(page.toUtf8()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    return 0;
}
