"""The scan itself: start, the steps, finishing, the result. (Being written.)"""
