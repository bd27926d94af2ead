// Runs one collection listing to standard output: one page, or every page (in parallel, with
// progress), in the chosen format; tables and CSV ask the server only for the columns shown.
#pragma once

#include "outputformatter.h"

#include "api/listquery.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>

class QCommandLineParser;

namespace cw {

class CliContext;
class CliError;

class RecordListing : public QObject
{
    Q_OBJECT

public:
    enum class Paging {
        FirstPage, // the page the query names (default 1) of --page-size records
        AllPages,  // every page one after the other: small collections (boards, notes …)
        Everything // every page, several at once with a count first and a progress bar
    };

    RecordListing(CliContext *context, const QString &path, QObject *parent = nullptr);

    void setQuery(const ListQuery &query) { m_query = query; }
    const ListQuery &query() const { return m_query; }
    // Default columns of a table or CSV; --fields replaces them (see applyFields()).
    void setColumns(const QList<OutputFormatter::Column> &columns) { m_columns = columns; }
    void setPaging(Paging paging) { m_paging = paging; }
    // What the progress bar counts ("tickets").
    void setNoun(const QString &noun) { m_noun = noun; }

    // Starts; the run ends when the listing is written (or failed).
    void start();

    // --conditions, --order-by, --fields, --page-size, --page, --all.
    static QList<QCommandLineOption> queryOptions();
    // Reads them into *query (and *all); false with a usage error for a bad number.
    static bool readQueryOptions(const QCommandLineParser &parser, ListQuery *query, bool *all,
                                 CliError *error);
    // Checks the query's syntax before anything is sent; false with the caret error set.
    static bool validate(const ListQuery &query, CliError *error);

private:
    void writePage(const QList<QByteArray> &records);
    // Ends the listing; `hint` goes to standard error after the output.
    void done(const QString &hint);

    CliContext *m_context;
    QString m_path;
    ListQuery m_query;
    QList<OutputFormatter::Column> m_columns;
    Paging m_paging = Paging::FirstPage;
    QString m_noun;
};

} // namespace cw
