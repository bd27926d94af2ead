// Shared by the benchmarks: a line on stdout, and listing pages of tickets to parse or store
// (as the sandbox serves them, or copies of the recorded fixture ticket).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::bench {

void print(const QString &text);
// Pages as the sandbox serves them (every field), over HTTP from an in-process sandbox.
QList<QByteArray> sandboxPages(int tickets, int pageSize, QString *error);
// Pages of the django-connectwise fixture ticket (about 12.5 KB), each copy its own id and
// summary.
QList<QByteArray> fixturePages(int tickets, int pageSize, QString *error);

} // namespace cw::bench
