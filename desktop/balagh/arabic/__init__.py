"""balagh.arabic"""
