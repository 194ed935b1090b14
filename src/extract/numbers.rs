//! Parsing numbers written in digits or words ("1,800", "1.13bn", "twenty-five", "a third").
