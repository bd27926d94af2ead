// Colours a one-line QLineEdit holding a conditions expression (fields, keywords, strings,
// numbers, the error's place), with palette roles only, through the line edit's format ranges.
#pragma once

#include <QObject>

class QLineEdit;

namespace cw {

class QueryHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit QueryHighlighter(QLineEdit *edit);

    // Underlines from `position` to the end (or the token there); -1 clears it.
    void setErrorPosition(int position);
    int errorPosition() const { return m_errorPosition; }

public Q_SLOTS:
    void rehighlight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    int m_errorPosition = -1;
    bool m_applying = false;
};

} // namespace cw
