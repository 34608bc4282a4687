#include "schema/operationsearch.h"

#include <algorithm>
#include <vector>

namespace Ovh {

OperationSearch::OperationSearch(const QList<Product>& products)
{
    for (int p = 0; p < products.size(); ++p) {
        const Product& product = products.at(p);
        for (int a = 0; a < product.paths.size(); ++a) {
            const ApiPath& path = product.paths.at(a);
            for (int o = 0; o < path.operations.size(); ++o) {
                const Operation& operation = path.operations.at(o);
                QString text = httpMethodName(operation.method) + QLatin1Char(' ') + operation.path
                    + QLatin1Char('\n') + operation.description;
                for (const Parameter& parameter : operation.parameters) {
                    if (!parameter.name.isEmpty())
                        text += QLatin1Char('\n') + parameter.name;
                }
                m_entries.append({ { p, a, o }, text.toCaseFolded() });
            }
        }
    }
}

QList<OperationRef> OperationSearch::find(const QString& query, int limit) const
{
    const QStringList terms = query.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<OperationRef> found;
    for (const Entry& entry : m_entries) {
        bool all = true;
        for (const QString& term : terms) {
            if (!entry.text.contains(term)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        found.append(entry.ref);
        if (limit >= 0 && found.size() >= limit)
            break;
    }
    return found;
}

OperationRef OperationSearch::locate(const QList<Product>& products, const QString& methodAndPath)
{
    const QString text = methodAndPath.trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    HttpMethod method = HttpMethod::Get;
    QString path = text;
    if (space > 0) {
        method = httpMethodFromName(QStringView(text).left(space));
        path = text.mid(space + 1).trimmed();
    }
    if (method == HttpMethod::Unknown)
        return {};
    for (int p = 0; p < products.size(); ++p) {
        const Product& product = products.at(p);
        for (int a = 0; a < product.paths.size(); ++a) {
            if (product.paths.at(a).path != path)
                continue;
            const QList<Operation>& operations = product.paths.at(a).operations;
            for (int o = 0; o < operations.size(); ++o) {
                if (operations.at(o).method == method)
                    return { p, a, o };
            }
        }
    }
    return {};
}

const Operation* OperationSearch::resolve(const QList<Product>& products, const OperationRef& ref)
{
    if (ref.product < 0 || ref.product >= products.size())
        return nullptr;
    const Product& product = products.at(ref.product);
    if (ref.path < 0 || ref.path >= product.paths.size())
        return nullptr;
    const ApiPath& path = product.paths.at(ref.path);
    if (ref.operation < 0 || ref.operation >= path.operations.size())
        return nullptr;
    return &path.operations.at(ref.operation);
}

QList<OperationRef> OperationSearch::rank(
    const QList<Product>& products, const QList<OperationRef>& matches, const QString& query)
{
    const QStringList terms = query.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Ranked
    {
        int termsInPath;
        int pathLength;
        int order;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(matches.size()));
    for (int i = 0; i < matches.size(); ++i) {
        const Operation* operation = resolve(products, matches.at(i));
        if (!operation)
            continue;
        const QString method = httpMethodName(operation->method);
        int inPath = 0;
        for (const QString& term : terms) {
            if (operation->path.contains(term, Qt::CaseInsensitive)
                || method.contains(term, Qt::CaseInsensitive))
                ++inPath;
        }
        ranked.push_back({ inPath, int(operation->path.size()), i });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.termsInPath != b.termsInPath)
            return a.termsInPath > b.termsInPath;
        return a.pathLength < b.pathLength;
    });
    QList<OperationRef> result;
    result.reserve(qsizetype(ranked.size()));
    for (const Ranked& entry : ranked)
        result.append(matches.at(entry.order));
    return result;
}

} // namespace Ovh
