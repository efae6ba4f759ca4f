#include "kobi/corpora/internal/line_source.h"

#include <utility>

#include "kobi/core/utf8.h"

namespace kobi::corpora::internal {
namespace {

LineReader::Options RawOptions() {
  LineReader::Options o;
  o.validate_utf8 = false;
  return o;
}

}  // namespace

LineSource::LineSource(const std::string& path) : reader_(path, RawOptions()) {}

bool LineSource::Next(std::string& line) {
  if (has_pending_) {
    line = std::move(pending_);
    has_pending_ = false;
    ++line_number_;
    return true;
  }
  if (!reader_.Next(line)) return false;
  line_number_ = reader_.line_number();
  if (line_number_ == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  return true;
}

void LineSource::Unget(std::string line) {
  pending_ = std::move(line);
  has_pending_ = true;
  --line_number_;
}

long CheckUtf8(std::string& text, bool repair, std::string* message) {
  auto bad = utf8::FindInvalid(text);
  if (!bad) return 0;
  if (repair) return static_cast<long>(utf8::Repair(text));
  if (message) *message = "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line";
  return -1;
}

}  // namespace kobi::corpora::internal
