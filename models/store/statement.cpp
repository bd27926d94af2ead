#include "statement.h"

namespace cw {

namespace {

// ":p0" … built once: the bulk path binds tens of thousands of rows.
const QString &placeholder(int index)
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (int i = 0; i < 128; ++i)
            list.append(QStringLiteral(":p%1").arg(i));
        return list;
    }();
    return names.at(index);
}

} // namespace

QString Statement::placeholderName(int index)
{
    return placeholder(index);
}

Statement::Statement(const QSqlDatabase &db, const QString &sql, Binding binding)
    : m_query(db)
    , m_sql(sql)
    , m_binding(binding)
{
    // Rows are read once, in order: no client-side row cache.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError();
}

Statement::~Statement()
{
    m_query.finish();
}

Statement::Run::Run(Statement &statement)
    : m_statement(statement)
{
}

Statement::Run::~Run()
{
    m_statement.m_query.finish();
}

Statement::Run &Statement::Run::add(const QVariant &value)
{
    if (m_statement.m_binding == Binding::Named)
        m_statement.m_query.bindValue(placeholder(m_next++), value);
    else
        m_statement.m_query.bindValue(m_next++, value);
    return *this;
}

bool Statement::Run::exec()
{
    return m_statement.m_query.exec();
}

} // namespace cw
