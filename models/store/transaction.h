// A write transaction on the cache connection (BEGIN IMMEDIATE … COMMIT) that rolls back unless
// committed: a batch is stored whole or not at all, whatever path leaves the function.
#pragma once

#include <QSqlError>

namespace cw {

class Statement;

class Transaction
{
public:
    // Statements prepared by the cache: BEGIN IMMEDIATE, COMMIT and ROLLBACK.
    Transaction(Statement &begin, Statement &commit, Statement &rollback);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // IMMEDIATE takes the write lock up front, where the busy timeout applies; a deferred BEGIN
    // that later upgrades can fail at once with SQLITE_BUSY_SNAPSHOT in WAL mode.
    bool begin();
    bool commit();
    void rollback();
    QSqlError error() const { return m_error; }

private:
    Statement &m_begin;
    Statement &m_commit;
    Statement &m_rollback;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace cw
