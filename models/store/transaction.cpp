#include "transaction.h"

#include "statement.h"

namespace cw {

Transaction::Transaction(Statement &begin, Statement &commit, Statement &rollback)
    : m_begin(begin)
    , m_commit(commit)
    , m_rollback(rollback)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin()
{
    Statement::Run run(m_begin);
    m_active = run.exec();
    if (!m_active)
        m_error = run.error();
    return m_active;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    Statement::Run run(m_commit);
    if (!run.exec()) {
        m_error = run.error();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    Statement::Run run(m_rollback);
    run.exec();
}

} // namespace cw
