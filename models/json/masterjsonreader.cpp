#include "masterjsonreader_p.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <locale.h>

namespace {

constexpr int kMaxDepth = 200; // stout's STOUT_JSON_MAX_DEPTH

struct OutOfRange
{
};

// picojson's input<Iter>, byte for byte: one character of push-back and a line counter that
// advances when the character after a '\n' is read.
class Input
{
public:
    explicit Input(std::string_view s)
        : m_s(s)
    { }

    int getc()
    {
        if (m_ungot) {
            m_ungot = false;
            return m_last;
        }
        if (m_cur == m_s.size()) {
            m_last = -1;
            return -1;
        }
        if (m_last == '\n') {
            ++m_line;
            m_lineStart = m_cur;
        }
        m_last = static_cast<unsigned char>(m_s[m_cur]);
        ++m_cur;
        return m_last;
    }
    void ungetc()
    {
        if (m_last != -1)
            m_ungot = true;
    }
    void skipWs()
    {
        for (;;) {
            const int ch = getc();
            if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
                ungetc();
                break;
            }
        }
    }
    bool expect(int c)
    {
        skipWs();
        if (getc() != c) {
            ungetc();
            return false;
        }
        return true;
    }
    bool match(std::string_view pattern)
    {
        for (char c : pattern) {
            if (getc() != c) {
                ungetc();
                return false;
            }
        }
        return true;
    }
    /// Appends the run of plain string bytes (no quote, backslash or control character) that
    /// follows, as repeated getc() calls would, without the per-byte bookkeeping.
    void takePlainRun(std::string &out)
    {
        if (m_ungot || m_cur == m_s.size())
            return;
        if (m_last == '\n') {
            ++m_line;
            m_lineStart = m_cur;
            m_last = -1;
        }
        const size_t begin = m_cur;
        size_t end = begin;
        while (end < m_s.size()) {
            const unsigned char c = static_cast<unsigned char>(m_s[end]);
            if (c < ' ' || c == '"' || c == '\\')
                break;
            ++end;
        }
        if (end == begin)
            return;
        out.append(m_s.data() + begin, end - begin);
        m_cur = end;
        m_last = static_cast<unsigned char>(m_s[end - 1]);
    }
    size_t cur() const { return m_cur; }
    int line() const { return m_line; }
    int column() const
    {
        const size_t next = m_ungot ? m_cur - 1 : m_cur;
        return static_cast<int>(next - std::min(m_lineStart, next)) + 1;
    }

private:
    std::string_view m_s;
    size_t m_cur = 0;
    size_t m_lineStart = 0;
    int m_last = -1;
    bool m_ungot = false;
    int m_line = 1;
};

int parseQuadHex(Input &in)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        int hex = in.getc();
        if (hex == -1)
            return -1;
        if (hex >= '0' && hex <= '9')
            hex -= '0';
        else if (hex >= 'A' && hex <= 'F')
            hex -= 'A' - 0xa;
        else if (hex >= 'a' && hex <= 'f')
            hex -= 'a' - 0xa;
        else {
            in.ungetc();
            return -1;
        }
        value = value * 16 + hex;
    }
    return value;
}

bool parseCodepoint(std::string &out, Input &in)
{
    int uni = parseQuadHex(in);
    if (uni == -1)
        return false;
    if (uni >= 0xd800 && uni <= 0xdfff) {
        if (uni >= 0xdc00)
            return false;
        if (in.getc() != '\\' || in.getc() != 'u') {
            in.ungetc();
            return false;
        }
        const int second = parseQuadHex(in);
        if (!(second >= 0xdc00 && second <= 0xdfff))
            return false;
        uni = ((uni - 0xd800) << 10) | ((second - 0xdc00) & 0x3ff);
        uni += 0x10000;
    }
    if (uni < 0x80) {
        out.push_back(static_cast<char>(uni));
    } else {
        if (uni < 0x800) {
            out.push_back(static_cast<char>(0xc0 | (uni >> 6)));
        } else {
            if (uni < 0x10000) {
                out.push_back(static_cast<char>(0xe0 | (uni >> 12)));
            } else {
                out.push_back(static_cast<char>(0xf0 | (uni >> 18)));
                out.push_back(static_cast<char>(0x80 | ((uni >> 12) & 0x3f)));
            }
            out.push_back(static_cast<char>(0x80 | ((uni >> 6) & 0x3f)));
        }
        out.push_back(static_cast<char>(0x80 | (uni & 0x3f)));
    }
    return true;
}

bool parseString(std::string &out, Input &in)
{
    for (;;) {
        in.takePlainRun(out);
        int ch = in.getc();
        if (ch < ' ') {
            in.ungetc();
            return false;
        }
        if (ch == '"')
            return true;
        if (ch == '\\') {
            if ((ch = in.getc()) == -1)
                return false;
            switch (ch) {
            case '"':
                out.push_back('"');
                break;
            case '\\':
                out.push_back('\\');
                break;
            case '/':
                out.push_back('/');
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'n':
                out.push_back('\n');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'u':
                if (!parseCodepoint(out, in))
                    return false;
                break;
            default:
                return false;
            }
        } else {
            out.push_back(static_cast<char>(ch));
        }
    }
}

double cStrtod(const char *s, char **end)
{
    // The user's locale may use a decimal comma; the master parses in the C locale.
    static locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return strtod_l(s, end, c);
}

bool parseValue(nlohmann::json &out, Input &in, int depth);

bool parseArray(nlohmann::json &out, Input &in, int depth)
{
    if (depth <= 0)
        return false;
    --depth;
    out = nlohmann::json::array();
    if (in.expect(']'))
        return true;
    do {
        out.push_back(nlohmann::json());
        if (!parseValue(out.back(), in, depth))
            return false;
    } while (in.expect(','));
    return in.expect(']');
}

bool parseObject(nlohmann::json &out, Input &in, int depth)
{
    if (depth <= 0)
        return false;
    --depth;
    out = nlohmann::json::object();
    if (in.expect('}'))
        return true;
    do {
        std::string key;
        if (!in.expect('"') || !parseString(key, in) || !in.expect(':'))
            return false;
        nlohmann::json &slot = out[key];
        slot = nlohmann::json();
        if (!parseValue(slot, in, depth))
            return false;
    } while (in.expect(','));
    return in.expect('}');
}

bool parseNumber(nlohmann::json &out, Input &in)
{
    std::string num;
    for (;;) {
        const int ch = in.getc();
        if ((ch >= '0' && ch <= '9') || ch == '+' || ch == '-' || ch == 'e' || ch == 'E'
            || ch == '.') {
            num.push_back(static_cast<char>(ch));
        } else {
            in.ungetc();
            break;
        }
    }
    if (num.empty())
        return false;
    char *end = nullptr;
    errno = 0;
    const intmax_t i = strtoimax(num.c_str(), &end, 10);
    if (errno == 0 && end == num.c_str() + num.size()) {
        out = static_cast<int64_t>(i);
        return true;
    }
    const double f = cStrtod(num.c_str(), &end);
    if (end != num.c_str() + num.size())
        return false;
    if (std::isnan(f) || std::isinf(f))
        throw OutOfRange();
    out = f;
    return true;
}

bool parseValue(nlohmann::json &out, Input &in, int depth)
{
    in.skipWs();
    const int ch = in.getc();
    switch (ch) {
    case 'n':
        if (!in.match("ull"))
            return false;
        out = nullptr;
        return true;
    case 'f':
        if (!in.match("alse"))
            return false;
        out = false;
        return true;
    case 't':
        if (!in.match("rue"))
            return false;
        out = true;
        return true;
    case '"': {
        std::string s;
        if (!parseString(s, in))
            return false;
        out = std::move(s);
        return true;
    }
    case '[':
        return parseArray(out, in, depth);
    case '{':
        return parseObject(out, in, depth);
    default:
        if ((ch >= '0' && ch <= '9') || ch == '-') {
            in.ungetc();
            return parseNumber(out, in);
        }
        break;
    }
    in.ungetc();
    return false;
}

bool isWhitespace(char c)
{
    // stout's strings::WHITESPACE
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

MasterJsonReader::Outcome MasterJsonReader::parse(std::string_view text)
{
    Outcome result;
    Input in(text);
    bool ok = false;
    try {
        ok = parseValue(result.value, in, kMaxDepth);
    } catch (const OutOfRange &) {
        result.value = nullptr;
        result.error = "Value out of range";
        return result;
    }
    if (!ok) {
        result.line = in.line();
        result.column = in.column();
        const std::string_view rest = text.substr(std::min(in.cur(), text.size()));
        result.atEnd = std::all_of(rest.begin(), rest.end(), isWhitespace);
        result.error = "syntax error at line " + std::to_string(in.line()) + " near: ";
        for (;;) {
            const int ch = in.getc();
            if (ch == -1 || ch == '\n')
                break;
            if (ch >= ' ')
                result.error.push_back(static_cast<char>(ch));
        }
        result.value = nullptr;
        return result;
    }
    size_t lastVisible = text.size();
    while (lastVisible > 0 && isWhitespace(text[lastVisible - 1]))
        --lastVisible;
    // stout compares the parse end with one past the last visible character. A top-level number
    // consumes one character more than it uses, so "1 " fails there too, with an empty rest.
    if (in.cur() != lastVisible) {
        const std::string_view rest = in.cur() < lastVisible
            ? text.substr(in.cur(), lastVisible - in.cur())
            : text.substr(in.cur());
        result.error
            = "Parsed JSON included non-whitespace trailing characters: " + std::string(rest);
        result.value = nullptr;
    }
    return result;
}
